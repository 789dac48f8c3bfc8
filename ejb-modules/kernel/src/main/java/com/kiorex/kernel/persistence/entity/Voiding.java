package com.kiorex.kernel.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Why, when and by whom a clinical row was voided. Clinical data is never deleted: a wrong entry
 * is voided with a reason and stays visible to those who ask for voided entries.
 */
@Embeddable
public class Voiding {

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "void_reason")
    private String reason;

    protected Voiding() {
    }

    public Voiding(Instant voidedAt, String voidedBy, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a void needs a reason");
        }
        this.voidedAt = Objects.requireNonNull(voidedAt);
        this.voidedBy = Objects.requireNonNull(voidedBy);
        this.reason = reason.strip();
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidedBy() {
        return voidedBy;
    }

    public String reason() {
        return reason;
    }
}
