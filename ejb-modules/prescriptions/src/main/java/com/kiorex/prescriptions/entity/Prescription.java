package com.kiorex.prescriptions.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A prescription: issued ACTIVE by a doctor for one patient, until a pharmacist dispenses it (once,
 * before it expires) or the prescribing doctor cancels it with a reason. Items never change after
 * issue; a changed treatment is a cancellation and a new prescription.
 */
@Entity
@Table(name = "prescription")
public class Prescription extends Tracked {

    public static final int MAX_ITEMS = 20;
    /** Why an active prescription was cancelled when its patient's record was erased. */
    public static final String ERASURE_REASON = "patient record erased";
    /** What is left of a doctor's earlier cancellation reason after erasure. */
    public static final String ERASED = "(erased)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "consultation_id", updatable = false)
    private UUID consultationId;

    @Column(name = "prescriber_subject", nullable = false, updatable = false)
    private String prescriberSubject;

    @Column(name = "prescriber_name", nullable = false, updatable = false)
    private String prescriberName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "verification_hash", nullable = false, unique = true, updatable = false)
    private String verificationHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PrescriptionStatus status;

    @Column(name = "dispensed_at")
    private Instant dispensedAt;

    @Column(name = "dispensed_by")
    private String dispensedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prescription_item", joinColumns = @JoinColumn(name = "prescription_id"))
    @OrderColumn(name = "position")
    private List<PrescriptionItem> items = new ArrayList<>();

    protected Prescription() {
    }

    /** Who prescribes: the doctor's token subject and the name printed on the prescription. */
    public record Prescriber(String subject, String displayName) {
    }

    public Prescription(UUID patientId, UUID consultationId, Prescriber prescriber, List<PrescriptionItem> items,
                        VerificationCode code, Instant issuedAt, LocalDate expiresOn) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a prescription has 1 to " + MAX_ITEMS + " items");
        }
        if (prescriber.displayName() == null || prescriber.displayName().isBlank()) {
            throw new IllegalArgumentException("a prescription names its prescriber");
        }
        this.publicId = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId);
        this.consultationId = consultationId;
        this.prescriberSubject = Objects.requireNonNull(prescriber.subject());
        this.prescriberName = prescriber.displayName().strip();
        this.items = new ArrayList<>(items);
        this.verificationHash = code.hash();
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.status = PrescriptionStatus.ACTIVE;
    }

    /** The status as it stands on this day: an active prescription past its expiry date is expired. */
    public Validity validityOn(LocalDate today) {
        return switch (status) {
            case DISPENSED -> Validity.DISPENSED;
            case CANCELLED -> Validity.CANCELLED;
            case ACTIVE -> today.isAfter(expiresOn) ? Validity.EXPIRED : Validity.VALID;
        };
    }

    /** A pharmacist hands the medicines out: exactly once, and only while the prescription is valid. */
    public void dispense(String pharmacistSubject, Instant when, LocalDate today) {
        requireActive("dispensed");
        if (validityOn(today) == Validity.EXPIRED) {
            throw new RuleViolation("the prescription expired on " + expiresOn + " and cannot be dispensed");
        }
        this.status = PrescriptionStatus.DISPENSED;
        this.dispensedBy = Objects.requireNonNull(pharmacistSubject);
        this.dispensedAt = Objects.requireNonNull(when);
    }

    /** The prescribing doctor withdraws it before it is dispensed, saying why. */
    public void cancel(String reason, Instant when) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
        requireActive("cancelled");
        this.status = PrescriptionStatus.CANCELLED;
        this.cancelReason = reason.strip();
        this.cancelledAt = Objects.requireNonNull(when);
    }

    /**
     * GDPR erasure of the patient's record: an active prescription is cancelled (it can no longer be
     * dispensed) with {@link #ERASURE_REASON}; an earlier cancellation's free-text reason becomes
     * {@link #ERASED}. Items, dates, prescriber and status stay: the prescription as issued and
     * dispensed is a clinical record that retention law keeps.
     */
    public void erasePersonalData(Instant when) {
        if (status == PrescriptionStatus.ACTIVE) {
            cancel(ERASURE_REASON, when);
        } else if (status == PrescriptionStatus.CANCELLED) {
            cancelReason = ERASED;
        }
    }

    public boolean isPrescribedBy(String subject) {
        return prescriberSubject.equals(subject);
    }

    public boolean matches(VerificationCode code) {
        return verificationHash.equals(code.hash());
    }

    private void requireActive(String wanted) {
        if (status != PrescriptionStatus.ACTIVE) {
            throw new Conflict("the prescription is already " + status.name().toLowerCase()
                    + " and cannot be " + wanted);
        }
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID consultationId() {
        return consultationId;
    }

    public String prescriberSubject() {
        return prescriberSubject;
    }

    public String prescriberName() {
        return prescriberName;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public PrescriptionStatus status() {
        return status;
    }

    public Instant dispensedAt() {
        return dispensedAt;
    }

    public String dispensedBy() {
        return dispensedBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<PrescriptionItem> items() {
        return List.copyOf(items);
    }
}
