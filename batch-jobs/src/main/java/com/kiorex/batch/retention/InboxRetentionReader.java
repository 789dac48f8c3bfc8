package com.kiorex.batch.retention;

import com.kiorex.batch.control.StepProgressLog;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands the ids of read messages past the cut-off to the writer, ascending, fetching them a page at
 * a time by id (keyset paging, so deletions behind it never shift the pages ahead). The checkpoint is
 * the last id handed over: a restart continues after it. It counts its items up front, so that
 * operators see how far the run has got.
 */
@Named("inboxRetentionReader")
@Dependent
public class InboxRetentionReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String olderThanDays;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Inject
    ReadMessages messages;

    @Inject
    StepProgressLog progress;

    private final Deque<Long> page = new ArrayDeque<>();
    private RetentionPosition position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof RetentionPosition saved ? saved
                : RetentionPosition.start(clock.instant().minus(Duration.ofDays(Long.parseLong(olderThanDays))));
        progress.expect(job.getExecutionId(), step.getStepName(), messages.count(position.cutoff(), position.lastId()));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(messages.idsAfter(position.cutoff(), position.lastId(), Integer.parseInt(pageSize)));
        }
        Long id = page.poll();
        if (id != null) {
            position = position.after(id);
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
