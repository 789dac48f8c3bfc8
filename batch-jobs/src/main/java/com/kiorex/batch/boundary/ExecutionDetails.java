package com.kiorex.batch.boundary;

import com.kiorex.batch.control.StepProgressLog;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * One execution in full: statuses, times, the parameters it ran with, and per-step counters and
 * progress. {@code finished} is true once the runtime will change nothing more (COMPLETED, FAILED,
 * STOPPED or ABANDONED), which is what a client polls for.
 */
public record ExecutionDetails(long id, String jobName, String batchStatus, String exitStatus, boolean finished,
                               Instant createdAt, Instant startedAt, Instant endedAt, Instant updatedAt,
                               Map<String, String> parameters, Progress progress, List<StepView> steps) {

    private static final Set<BatchStatus> FINAL = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    public ExecutionDetails {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        steps = List.copyOf(steps);
    }

    static ExecutionDetails of(JobExecution e, Properties parameters, List<StepExecution> stepExecutions,
                               Map<String, StepProgressLog.Recorded> recorded) {
        List<StepView> steps = stepExecutions.stream()
                .sorted(Comparator.comparing(StepExecution::getStepExecutionId))
                .map(step -> StepView.of(step, recorded.get(step.getStepName()))).toList();
        // read once: the runtime's JobExecution asks its repository again on every call
        BatchStatus status = e.getBatchStatus();
        return new ExecutionDetails(e.getExecutionId(), e.getJobName(), status.name(), e.getExitStatus(),
                FINAL.contains(status), Times.of(e.getCreateTime()), Times.of(e.getStartTime()),
                Times.of(e.getEndTime()), Times.of(e.getLastUpdatedTime()), asMap(parameters),
                Progress.sum(steps, status == BatchStatus.COMPLETED), steps);
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        }
        return map;
    }
}
