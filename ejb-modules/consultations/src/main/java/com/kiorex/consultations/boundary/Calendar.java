package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.Times;
import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The calling doctor's calendar, as the calendar consumer keeps it. Every patient shown is audited. */
@Stateless
public class Calendar {

    static final Duration MAX_RANGE = Duration.ofDays(62);

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public List<CalendarEntryView> mine(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new RuleViolation("give a range of up to 62 days");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select booking_id, patient_id, starts_at, facility_zone, status "
                        + "from calendar_entry where doctor_subject = ?1 and starts_at >= ?2 and starts_at < ?3 "
                        + "order by starts_at")
                .setParameter(1, caller.subject()).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> {
            UUID booking = UUID.fromString(r[0].toString());
            UUID patient = UUID.fromString(r[1].toString());
            Instant starts = Times.instant(r[2]);
            ZoneId zone = ZoneId.of((String) r[3]);
            audit.success(AuditAction.READ, "CalendarEntry", booking, patient);
            return new CalendarEntryView(booking, patient, starts, starts.atZone(zone).toOffsetDateTime(),
                    zone.getId(), (String) r[4]);
        }).toList();
    }
}
