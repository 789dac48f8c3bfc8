package com.kiorex.batch.boundary;

import java.time.Instant;
import java.util.Date;

/** The batch API speaks {@link Date}; the views speak {@link Instant}. */
final class Times {

    private Times() {
    }

    static Instant of(Date date) {
        return date == null ? null : date.toInstant();
    }
}
