package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.ResultFiles;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the result file's status in step with its import (importing, then imported, or rejected by the
 * reader) and tells {@link RunningImports} which files this server is working on.
 */
@Named("labResultFileStatus")
@Dependent
public class FileStatus implements JobListener {

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

    /** Completed: imported (unless rejected); stopped or failed: received again, for an operator's restart. */
    @Override
    public void afterJob() {
        long number = Long.parseLong(fileNumber);
        try {
            if (job.getBatchStatus() == BatchStatus.COMPLETED) {
                if (!LabResultReader.REJECTED.equals(job.getExitStatus())) {
                    files.imported(number);
                }
            } else {
                files.interrupted(number);
            }
        } finally {
            running.ended(number);
        }
    }
}
