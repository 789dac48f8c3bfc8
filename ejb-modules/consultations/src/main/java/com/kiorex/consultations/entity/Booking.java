package com.kiorex.consultations.entity;

import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's consultation with a doctor in one slot, from booking to its end, with the record the
 * doctor writes. Only these moves exist: BOOKED to CANCELLED, NO_SHOW or IN_PROGRESS (and to BOOKED
 * in another slot when rescheduled), IN_PROGRESS to COMPLETED. Every other move is refused here.
 */
@Entity
@Table(name = "booking")
public class Booking extends Keyed {

    /** Why a booking still to come was cancelled when its patient's record was erased. */
    public static final String ERASURE_REASON = "patient record erased";
    /** What is left of a person's free text (an earlier cancellation's reason) after erasure. */
    public static final String ERASED = "(erased)";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false, updatable = false)
    private Doctor doctor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    private Slot slot;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    /** The account that manages the patient's record (the patient, or the family account holder). */
    @Column(name = "patient_account", nullable = false, updatable = false)
    private String patientAccount;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private String bookedBy;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BookingStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "meeting_link")
    private String meetingLink;

    @Column(name = "actual_start")
    private Instant actualStart;

    @Column(name = "actual_end")
    private Instant actualEnd;

    @Embedded
    private SoapNote note;

    @ElementCollection
    @CollectionTable(name = "booking_diagnosis", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<Diagnosis> diagnoses = new ArrayList<>();

    protected Booking() {
    }

    public Booking(Slot slot, UUID patientId, String patientAccount, String bookedBy, Instant now) {
        requireBookable(slot, now);
        this.doctor = slot.doctor();
        this.slot = slot;
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.patientAccount = Objects.requireNonNull(patientAccount, "patientAccount");
        this.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.status = BookingStatus.BOOKED;
    }

    private static void requireBookable(Slot slot, Instant now) {
        if (slot.blocked()) {
            throw new RuleViolation("the doctor is not available in this slot");
        }
        if (!slot.startsAt().isAfter(now)) {
            throw new RuleViolation("the slot has already started");
        }
    }

    /** Moves the booking to another slot of the same doctor; the old slot becomes free. */
    public void reschedule(Slot to, Actor actor, BookingRules rules, Instant now) {
        requireStatus(BookingStatus.BOOKED, "rescheduled");
        requireInTime(actor, rules, now, "moved");
        if (!to.doctor().publicId().equals(doctor.publicId())) {
            throw new RuleViolation("a booking can only move to another slot of the same doctor");
        }
        if (to.publicId().equals(slot.publicId())) {
            throw new RuleViolation("the booking is already in this slot");
        }
        requireBookable(to, now);
        this.slot = to;
        this.startsAt = to.startsAt();
        this.endsAt = to.endsAt();
    }

    public void cancel(String reason, Actor actor, String by, BookingRules rules, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("a cancellation needs a reason");
        }
        requireStatus(BookingStatus.BOOKED, "cancelled");
        requireInTime(actor, rules, now, "cancelled");
        markCancelled(reason.strip(), by);
    }

    private void markCancelled(String reason, String by) {
        this.status = BookingStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledBy = Objects.requireNonNull(by);
    }

    /**
     * GDPR erasure of the patient's record. A booking still to come is cancelled (its slot becomes
     * free) with {@link #ERASURE_REASON}; free text goes: an earlier cancellation's reason becomes
     * {@link #ERASED}, the SOAP note and the meeting link are removed, and each diagnosis keeps its
     * ICD-10 code but not its wording. Times, status and codes stay (medical-record retention).
     *
     * @return true when this cancelled the booking, so the caller publishes the cancellation
     */
    public boolean erasePersonalData(String by, Instant now) {
        boolean cancelling = status == BookingStatus.BOOKED && startsAt.isAfter(now);
        if (cancelling) {
            markCancelled(ERASURE_REASON, by);
        } else if (cancelReason != null) {
            cancelReason = ERASED;
        }
        note = null;
        meetingLink = null;
        diagnoses.replaceAll(Diagnosis::withoutFreeText);
        return cancelling;
    }

    public void markNoShow(Instant now) {
        requireStatus(BookingStatus.BOOKED, "marked as a no-show");
        if (now.isBefore(startsAt)) {
            throw new RuleViolation("a patient can only be marked absent once the consultation was due");
        }
        this.status = BookingStatus.NO_SHOW;
    }

    public void start(BookingRules rules, Instant now, String link) {
        requireStatus(BookingStatus.BOOKED, "started");
        if (now.isBefore(startsAt.minus(rules.earlyStart()))) {
            throw new RuleViolation("the consultation cannot start this long before its slot");
        }
        this.status = BookingStatus.IN_PROGRESS;
        this.actualStart = now;
        this.meetingLink = link;
    }

    public void end(Instant now) {
        requireStatus(BookingStatus.IN_PROGRESS, "ended");
        this.status = BookingStatus.COMPLETED;
        this.actualEnd = now.isBefore(actualStart) ? actualStart : now;
    }

    /** The doctor's record of the consultation, written while it runs or after it ended. */
    public void record(SoapNote note, List<Diagnosis> diagnoses) {
        if (status != BookingStatus.IN_PROGRESS && status != BookingStatus.COMPLETED) {
            throw new Conflict("a record is written once the consultation has started");
        }
        this.note = Objects.requireNonNull(note);
        this.diagnoses.clear();
        this.diagnoses.addAll(diagnoses);
    }

    private void requireStatus(BookingStatus expected, String what) {
        if (status != expected) {
            throw new Conflict("a booking that is " + status.name().toLowerCase().replace('_', ' ')
                    + " cannot be " + what);
        }
    }

    private void requireInTime(Actor actor, BookingRules rules, Instant now, String what) {
        Instant limit = actor == Actor.PATIENT ? startsAt.minus(rules.patientCutoff()) : startsAt;
        if (now.isAfter(limit)) {
            throw new RuleViolation(actor == Actor.PATIENT
                    ? "a booking can only be " + what + " by the patient up to " + rules.patientCutoff().toHours()
                    + " hours before it starts; please call the practice"
                    : "a booking can only be " + what + " before it starts");
        }
    }

    public boolean holdsSlot() {
        return status != BookingStatus.CANCELLED;
    }

    public Doctor doctor() {
        return doctor;
    }

    public Slot slot() {
        return slot;
    }

    public UUID patientId() {
        return patientId;
    }

    public String patientAccount() {
        return patientAccount;
    }

    public String bookedBy() {
        return bookedBy;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public BookingStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String meetingLink() {
        return meetingLink;
    }

    public Instant actualStart() {
        return actualStart;
    }

    public Instant actualEnd() {
        return actualEnd;
    }

    public SoapNote note() {
        return note;
    }

    public List<Diagnosis> diagnoses() {
        return List.copyOf(diagnoses);
    }
}
