package com.kiorex.batch.boundary;

import com.kiorex.batch.control.StepProgressLog;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One step of an execution: its status, times, counters and progress. While the step runs, the
 * counters are those the job recorded with its last chunks (the runtime publishes its own only when
 * the step ends).
 */
public record StepView(String name, String batchStatus, String exitStatus, Instant startedAt, Instant endedAt,
                       StepMetrics metrics, Progress progress) {

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    /** @param recorded what the job recorded for this step, or null */
    static StepView of(StepExecution step, StepProgressLog.Recorded recorded) {
        BatchStatus status = step.getBatchStatus();
        StepMetrics metrics = StepMetrics.of(RUNNING.contains(status) && recorded != null ? recorded.counters()
                : StepProgressLog.counters(step.getMetrics()));
        Long expected = recorded == null ? null : recorded.expectedItems();
        return new StepView(step.getStepName(), status.name(), step.getExitStatus(), Times.of(step.getStartTime()),
                Times.of(step.getEndTime()), metrics, Progress.of(metrics, expected, status == BatchStatus.COMPLETED));
    }
}
