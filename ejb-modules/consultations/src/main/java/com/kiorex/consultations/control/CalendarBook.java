package com.kiorex.consultations.control;

import com.kiorex.kernel.contract.BookingEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/**
 * Keeps one calendar entry per booking from booking events. Events may arrive out of order (several
 * consumer sessions): an event older than the one the entry already reflects changes nothing.
 */
@Dependent
public class CalendarBook {

    static final Map<String, String> STATUS = Map.of(
            BookingEvent.BOOKED, "BOOKED", BookingEvent.RESCHEDULED, "BOOKED", BookingEvent.CANCELLED, "CANCELLED",
            BookingEvent.NO_SHOW, "NO_SHOW", BookingEvent.STARTED, "IN_PROGRESS", BookingEvent.ENDED, "COMPLETED");

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    Clock clock;

    public void apply(BookingEvent event) {
        em.createNativeQuery("insert into calendar_entry (booking_id, doctor_subject, patient_id, starts_at, "
                        + "facility_zone, status, last_event_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "on conflict (booking_id) do update set doctor_subject = excluded.doctor_subject, "
                        + "starts_at = excluded.starts_at, facility_zone = excluded.facility_zone, "
                        + "status = excluded.status, last_event_at = excluded.last_event_at, "
                        + "updated_at = excluded.updated_at where calendar_entry.last_event_at <= excluded.last_event_at")
                .setParameter(1, event.bookingId())
                .setParameter(2, event.doctorSubject())
                .setParameter(3, event.patientId())
                .setParameter(4, event.startsAt())
                .setParameter(5, event.facilityZone())
                .setParameter(6, STATUS.get(event.type()))
                .setParameter(7, event.occurredAt())
                .setParameter(8, clock.instant())
                .executeUpdate();
    }
}
