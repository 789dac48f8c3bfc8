package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.ResultFiles;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the result file's status in step with its import (importing, then imported, or rejected by the
 * reader) and tells {@link RunningImports} which files this server is working on.
 */
@Named("labResultFileStatus")
@Dependent
public class FileStatus implements JobListener {

    private static final Set<BatchStatus> INTERRUPTED = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPING,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @Inject
    @BatchProperty
    String fileNumber;

    @Inject
    JobContext job;

    @Inject
    ResultFiles files;

    @Inject
    RunningImports running;

    @Override
    public void beforeJob() {
        running.started(Long.parseLong(fileNumber));
        files.importing(Long.parseLong(fileNumber), job.getExecutionId());
    }

    /**
     * Stopped or failed: received again, for an operator's restart; otherwise imported (unless the
     * reader rejected it). The runtime calls this before it marks the job COMPLETED, so a run that
     * went through is still STARTED here.
     */
    @Override
    public void afterJob() {
        long number = Long.parseLong(fileNumber);
        try {
            if (INTERRUPTED.contains(job.getBatchStatus())) {
                files.interrupted(number);
            } else if (!LabResultReader.REJECTED.equals(job.getExitStatus())) {
                files.imported(number);
            }
        } finally {
            running.ended(number);
        }
    }
}
