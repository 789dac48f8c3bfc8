package com.kiorex.batch.retention;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The reader's checkpoint: the run's cut-off, fixed when the run first starts so that a restart
 * deletes by the same rule, and the last message id handed to the writer.
 */
public record RetentionPosition(Instant cutoff, long lastId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RetentionPosition {
        Objects.requireNonNull(cutoff);
    }

    static RetentionPosition start(Instant cutoff) {
        return new RetentionPosition(cutoff, 0);
    }

    RetentionPosition after(long id) {
        if (id <= lastId) {
            throw new IllegalArgumentException("ids must be read in ascending order");
        }
        return new RetentionPosition(cutoff, id);
    }
}
