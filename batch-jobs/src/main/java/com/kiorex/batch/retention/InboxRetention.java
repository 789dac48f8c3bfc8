package com.kiorex.batch.retention;

import com.kiorex.batch.control.BatchJob;
import com.kiorex.batch.control.JobParameter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Deletes in-app inbox messages that were read more than {@code olderThanDays} days ago (90 unless
 * given). Unread messages stay, however old: an alert nobody has seen is not yet spent.
 */
@ApplicationScoped
public class InboxRetention implements BatchJob {

    public static final String NAME = "inbox-retention";
    public static final String OLDER_THAN_DAYS = "olderThanDays";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(JobParameter.wholeNumber(OLDER_THAN_DAYS, 0, 3650, 90));
    }
}
