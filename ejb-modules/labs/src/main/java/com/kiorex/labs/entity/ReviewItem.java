package com.kiorex.labs.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A result item the import could not file by itself: no matching patient and order, or a value read
 * by OCR that failed its checks. Written in bulk by the import; staff resolve it once, either by
 * filing it against an order or by dismissing it with a reason.
 */
@Entity
@Table(name = "lab_review_item")
public class ReviewItem extends Tracked {

    public enum Status { OPEN, FILED, DISMISSED }

    /** Why an open item was dismissed when the patient it names had their record erased. */
    public static final String ERASURE_REASON = "patient record erased";
    /** What is left of a person's dismissal reason after erasure. */
    public static final String ERASED = "(erased)";

    @Id
    private Long id;

    @Column(name = "public_id")
    private UUID publicId;

    @Column(name = "source_file_id")
    private Long sourceFileId;

    @Column(name = "source_sha256")
    private String sourceSha256;

    @Column(name = "item_index")
    private int itemIndex;

    private String reason;

    @Column(name = "patient_ref")
    private String patientRef;

    @Column(name = "order_ref")
    private String orderRef;

    private String loinc;

    @Column(name = "value_text")
    private String valueText;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "observation_id")
    private Long observationId;

    protected ReviewItem() {
    }

    public void file(long observationId, String by, Instant when) {
        resolve(Status.FILED, "filed against an order", by, when);
        this.observationId = observationId;
    }

    public void dismiss(String reason, String by, Instant when) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a dismissal needs a reason");
        }
        resolve(Status.DISMISSED, reason.strip(), by, when);
    }

    /**
     * GDPR erasure of the patient this item names: an open item is dismissed (nobody may file it
     * against an erased record), a dismissal's free-text reason goes, and so does the raw value text
     * read from the file. The LOINC code, the unit, the reason it was queued and what it was filed
     * as stay (a filed item's value lives on in its observation).
     */
    public void erasePersonalData(String by, Instant when) {
        if (status == Status.OPEN) {
            dismiss(ERASURE_REASON, by, when);
        } else if (status == Status.DISMISSED) {
            resolution = ERASED;
        }
        valueText = null;
    }

    private void resolve(Status outcome, String resolution, String by, Instant when) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("the review item is already resolved");
        }
        this.status = outcome;
        this.resolution = resolution;
        this.resolvedBy = Objects.requireNonNull(by);
        this.resolvedAt = Objects.requireNonNull(when);
    }

    public UUID publicId() {
        return publicId;
    }

    public Long sourceFileId() {
        return sourceFileId;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public int itemIndex() {
        return itemIndex;
    }

    public String reason() {
        return reason;
    }

    public String patientRef() {
        return patientRef;
    }

    public String orderRef() {
        return orderRef;
    }

    public String loinc() {
        return loinc;
    }

    public String valueText() {
        return valueText;
    }

    public String unit() {
        return unit;
    }

    public Status status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
