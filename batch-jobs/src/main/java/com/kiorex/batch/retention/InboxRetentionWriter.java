package com.kiorex.batch.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Deletes one chunk of messages by id, in the chunk's transaction (with its checkpoint). */
@Named("inboxRetentionWriter")
@Dependent
public class InboxRetentionWriter extends AbstractItemWriter {

    @Inject
    ReadMessages messages;

    @Override
    public void writeItems(List<Object> items) {
        messages.delete(items.stream().map(Long.class::cast).toList());
    }
}
