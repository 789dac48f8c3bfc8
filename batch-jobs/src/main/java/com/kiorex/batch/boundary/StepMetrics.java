package com.kiorex.batch.boundary;

import jakarta.batch.runtime.Metric;
import java.util.Map;

/** A step's counters; {@code skipped} adds read, process and write skips. */
public record StepMetrics(long read, long written, long filtered, long skipped, long commits, long rollbacks) {

    static StepMetrics of(Map<Metric.MetricType, Long> counters) {
        return new StepMetrics(value(counters, Metric.MetricType.READ_COUNT), value(counters, Metric.MetricType.WRITE_COUNT),
                value(counters, Metric.MetricType.FILTER_COUNT),
                value(counters, Metric.MetricType.READ_SKIP_COUNT) + value(counters, Metric.MetricType.PROCESS_SKIP_COUNT)
                        + value(counters, Metric.MetricType.WRITE_SKIP_COUNT),
                value(counters, Metric.MetricType.COMMIT_COUNT), value(counters, Metric.MetricType.ROLLBACK_COUNT));
    }

    private static long value(Map<Metric.MetricType, Long> counters, Metric.MetricType type) {
        return counters.getOrDefault(type, 0L);
    }
}
