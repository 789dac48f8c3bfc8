package com.kiorex.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A period without consultations (leave, a public holiday), as UTC instants. */
@Embeddable
public class ScheduleException {

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected ScheduleException() {
    }

    public ScheduleException(Instant startsAt, Instant endsAt, String reason) {
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("an exception must end after it starts");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exception needs a reason (leave, holiday...)");
        }
        this.reason = reason.strip();
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }
}
