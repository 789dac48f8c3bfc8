package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.BookingAccess;
import com.kiorex.consultations.control.BookingEvents;
import com.kiorex.consultations.control.Constraints;
import com.kiorex.consultations.control.DoctorLookup;
import com.kiorex.consultations.control.IdempotencyKeys;
import com.kiorex.consultations.control.Rules;
import com.kiorex.consultations.control.VideoMeetings;
import com.kiorex.consultations.entity.Actor;
import com.kiorex.consultations.entity.Booking;
import com.kiorex.consultations.entity.BookingRules;
import com.kiorex.consultations.entity.Diagnosis;
import com.kiorex.consultations.entity.SoapNote;
import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Booking use cases: book (idempotently), read, reschedule, cancel, no-show, start, end, and the
 * consultation record. Each checks the caller's side on the booking, audits it, lets the booking
 * enforce its states, and publishes the change after commit.
 */
@Stateless
public class Bookings {

    private static final Set<Actor> ANYONE = Set.of(Actor.PATIENT, Actor.DOCTOR, Actor.FRONT_DESK);
    private static final String BOOKING_PER_SLOT = "booking_one_per_slot";

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    DoctorLookup doctors;

    @Inject
    BookingAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    BookingEvents events;

    @Inject
    IdempotencyKeys keys;

    @Inject
    VideoMeetings video;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kiorex.consultations.patient-cutoff-hours", defaultValue = "24")
    int patientCutoffHours;

    @Inject
    @ConfigProperty(name = "kiorex.consultations.early-start-minutes", defaultValue = "30")
    int earlyStartMinutes;

    /**
     * Books a slot. With an idempotency key, a repeated request returns the booking the first one
     * made; the same key with a different request is refused.
     */
    public BookingResult book(BookingRequest request, String idempotencyKey) {
        String hash = IdempotencyKeys.hash(request.canonical());
        if (idempotencyKey != null) {
            var earlier = keys.find(caller.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash)) {
                    throw new RuleViolation("this Idempotency-Key was used for a different request");
                }
                Booking booking = byId(earlier.get().bookingId());
                access.require(booking, AuditAction.READ, ANYONE);
                return new BookingResult(BookingView.of(booking), true);
            }
        }
        String account = access.requireMayBookFor(request.patientId());
        Booking booking = new Booking(doctors.slot(request.slotId()), request.patientId(), account, caller.subject(),
                clock.instant());
        try {
            em.persist(booking);
            em.flush();
            if (idempotencyKey != null) {
                keys.remember(caller.subject(), idempotencyKey, hash, booking.publicId(), clock.instant());
            }
        } catch (PersistenceException e) {
            if (Constraints.violated(e, BOOKING_PER_SLOT)) {
                throw new SlotTaken();
            }
            if (Constraints.violated(e, IdempotencyKeys.CONSTRAINT)) {
                throw new Conflict("a request with this Idempotency-Key is being processed; retry shortly");
            }
            throw e;
        }
        audit.success(AuditAction.CREATE, BookingAccess.RESOURCE, booking.publicId(), booking.patientId());
        events.changed(booking, BookingEvent.BOOKED, null);
        return new BookingResult(BookingView.of(booking), false);
    }

    public BookingView get(UUID id) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.READ, ANYONE);
        return BookingView.of(booking);
    }

    /** The bookings of the records the calling account manages, newest first. */
    public List<BookingView> mine() {
        List<Booking> found = em.createQuery("select b from Booking b join fetch b.doctor join fetch b.slot "
                        + "where b.patientAccount = :a order by b.startsAt desc", Booking.class)
                .setParameter("a", caller.subject()).setMaxResults(100).getResultList();
        found.forEach(b -> audit.success(AuditAction.READ, BookingAccess.RESOURCE, b.publicId(), b.patientId()));
        return found.stream().map(BookingView::of).toList();
    }

    public BookingView reschedule(UUID id, UUID slotId) {
        Booking booking = byId(id);
        Actor actor = access.require(booking, AuditAction.UPDATE, ANYONE);
        Instant previous = booking.startsAt();
        booking.reschedule(doctors.slot(slotId), actor, rules(), clock.instant());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, BOOKING_PER_SLOT)) {
                throw new SlotTaken();
            }
            throw e;
        }
        events.changed(booking, BookingEvent.RESCHEDULED, previous);
        return BookingView.of(booking);
    }

    public BookingView cancel(UUID id, String reason) {
        Booking booking = byId(id);
        Actor actor = access.require(booking, AuditAction.UPDATE, ANYONE);
        booking.cancel(reason, actor, caller.subject(), rules(), clock.instant());
        events.changed(booking, BookingEvent.CANCELLED, null);
        return BookingView.of(booking);
    }

    public BookingView noShow(UUID id) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.UPDATE, Set.of(Actor.DOCTOR, Actor.FRONT_DESK));
        booking.markNoShow(clock.instant());
        events.changed(booking, BookingEvent.NO_SHOW, null);
        return BookingView.of(booking);
    }

    public BookingView start(UUID id) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.UPDATE, Set.of(Actor.DOCTOR));
        booking.start(rules(), clock.instant(), video.linkFor(booking.publicId()).orElse(null));
        events.changed(booking, BookingEvent.STARTED, null);
        return BookingView.of(booking);
    }

    public BookingView end(UUID id) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.UPDATE, Set.of(Actor.DOCTOR));
        booking.end(clock.instant());
        events.changed(booking, BookingEvent.ENDED, null);
        return BookingView.of(booking);
    }

    public RecordView writeRecord(UUID id, RecordDetails details) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.UPDATE, Set.of(Actor.DOCTOR));
        SoapNote note = Rules.enforce(() -> new SoapNote(details.subjective(), details.objective(),
                details.assessment(), details.plan()));
        List<Diagnosis> diagnoses = Rules.enforce(() -> details.diagnoses() == null ? List.<Diagnosis>of()
                : details.diagnoses().stream().map(d -> new Diagnosis(d.code(), d.display())).toList());
        booking.record(note, diagnoses);
        return RecordView.of(booking);
    }

    public RecordView record(UUID id) {
        Booking booking = byId(id);
        access.require(booking, AuditAction.READ, Set.of(Actor.DOCTOR, Actor.PATIENT));
        return RecordView.of(booking);
    }

    private Booking byId(UUID id) {
        return em.createQuery("select b from Booking b join fetch b.doctor join fetch b.slot where b.publicId = :id",
                        Booking.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFound("booking"));
    }

    private BookingRules rules() {
        return new BookingRules(Duration.ofHours(patientCutoffHours), Duration.ofMinutes(earlyStartMinutes));
    }
}
