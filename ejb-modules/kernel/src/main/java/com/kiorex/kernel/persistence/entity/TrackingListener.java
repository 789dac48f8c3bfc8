package com.kiorex.kernel.persistence.entity;

import com.kiorex.kernel.security.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Stamps {@link Tracked} rows with the current caller and time. */
public class TrackingListener {

    @PrePersist
    void created(Tracked row) {
        String who = currentSubject();
        Instant now = Instant.now();
        row.createdAt = now;
        row.createdBy = who;
        row.updatedAt = now;
        row.updatedBy = who;
    }

    @PreUpdate
    void updated(Tracked row) {
        row.updatedAt = Instant.now();
        row.updatedBy = currentSubject();
    }

    private static String currentSubject() {
        try {
            return CDI.current().select(Caller.class).get().subject();
        } catch (RuntimeException outsideContainerOrScope) {
            return Caller.SYSTEM;
        }
    }
}
