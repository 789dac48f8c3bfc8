package com.kiorex.batch.boundary;

import jakarta.batch.runtime.JobExecution;
import java.time.Instant;

/**
 * One execution of a job in a listing. {@code batchStatus} is the runtime's (STARTING, STARTED,
 * STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED); {@code exitStatus} is what the job reported.
 */
public record ExecutionSummary(long id, String jobName, String batchStatus, String exitStatus, Instant createdAt,
                               Instant startedAt, Instant endedAt) {

    static ExecutionSummary of(JobExecution e) {
        return new ExecutionSummary(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                Times.of(e.getCreateTime()), Times.of(e.getStartTime()), Times.of(e.getEndTime()));
    }
}
