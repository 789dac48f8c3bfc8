package com.kiorex.batch.labimport;

import com.kiorex.batch.control.BatchJob;
import com.kiorex.batch.control.JobParameter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Imports one received lab result file, given by its {@code fileNumber}. */
@ApplicationScoped
public class LabResultImport implements BatchJob {

    public static final String NAME = "lab-result-import";
    public static final String FILE_NUMBER = "fileNumber";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(JobParameter.wholeNumber(FILE_NUMBER, 1, Long.MAX_VALUE, 1));
    }
}
