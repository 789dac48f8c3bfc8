package com.kiorex.batch.labimport;

import com.kiorex.batch.control.ItemErrors;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records each skipped record with its index and reason, for operators. */
@Named("labResultSkips")
@Dependent
public class ImportErrors implements SkipReadListener {

    @Inject
    JobContext job;

    @Inject
    ItemErrors errors;

    @Override
    public void onSkipReadItem(Exception e) {
        if (e instanceof BadResultRecord bad) {
            errors.record(job.getExecutionId(), bad.index(), bad.getMessage());
        }
    }
}
