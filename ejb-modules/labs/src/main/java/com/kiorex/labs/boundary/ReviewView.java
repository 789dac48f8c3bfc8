package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.ReviewItem;
import java.time.Instant;
import java.util.UUID;

/** A review queue item as lab staff see it: what the file said and why it was not filed. */
public record ReviewView(UUID id, int itemIndex, String reason, String patientRef, String orderRef, String loinc,
                         String value, String unit, String status, String resolution, Instant createdAt,
                         Instant resolvedAt) {

    static ReviewView of(ReviewItem r) {
        return new ReviewView(r.publicId(), r.itemIndex(), r.reason(), r.patientRef(), r.orderRef(), r.loinc(),
                r.valueText(), r.unit(), r.status().name(), r.resolution(), r.createdAt(), r.resolvedAt());
    }
}
