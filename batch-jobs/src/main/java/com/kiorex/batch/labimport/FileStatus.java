package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.ResultFiles;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the result file's status in step with its import: importing, then imported (or rejected by the reader). */
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

    @Override
    public void beforeJob() {
        files.importing(Long.parseLong(fileNumber), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.COMPLETED && !LabResultReader.REJECTED.equals(job.getExitStatus())) {
            files.imported(Long.parseLong(fileNumber));
        }
    }
}
