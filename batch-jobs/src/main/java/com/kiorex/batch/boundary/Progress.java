package com.kiorex.batch.boundary;

/**
 * How far a step or a whole execution has got: items read against the items expected (when the job
 * counted them up front). {@code percent} is 100 only once the work is COMPLETED, and null when
 * nothing was counted.
 */
public record Progress(long itemsRead, long itemsWritten, long itemsSkipped, Long expectedItems, Integer percent) {

    static Progress of(StepMetrics metrics, Long expected, boolean completed) {
        return new Progress(metrics.read(), metrics.written(), metrics.skipped(), expected,
                percent(metrics.read(), expected, completed));
    }

    /** The sum of the steps; the expected total is known only if every step counted its items. */
    static Progress sum(Iterable<StepView> steps, boolean completed) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        Long expected = 0L;
        for (StepView step : steps) {
            read += step.progress().itemsRead();
            written += step.progress().itemsWritten();
            skipped += step.progress().itemsSkipped();
            expected = expected == null || step.progress().expectedItems() == null ? null
                    : expected + step.progress().expectedItems();
        }
        return new Progress(read, written, skipped, expected, percent(read, expected, completed));
    }

    private static Integer percent(long read, Long expected, boolean completed) {
        if (completed) {
            return 100;
        }
        if (expected == null) {
            return null;
        }
        if (expected == 0) {
            return 0;
        }
        return (int) Math.min(99, read * 100 / expected);
    }
}
