package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.DoctorLookup;
import com.kiorex.consultations.control.Rules;
import com.kiorex.consultations.control.SlotStore;
import com.kiorex.consultations.entity.Doctor;
import com.kiorex.consultations.entity.ScheduleException;
import com.kiorex.consultations.entity.WeeklyHours;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Weekly schedules, their exceptions, and the free slots derived from them. A doctor keeps their
 * own schedule; administrators keep anyone's.
 */
@Stateless
public class Schedules {

    static final int MAX_DAYS = 31;

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    DoctorLookup lookup;

    @Inject
    SlotStore slots;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Replaces the weekly hours and re-derives the free slots from today for {@code weeksAhead} weeks. */
    public ScheduleView setWeekly(UUID doctorId, ScheduleDetails details) {
        Doctor doctor = requireKeeper(doctorId);
        Rules.enforce(() -> doctor.replaceWeeklyHours(details.weeklyHours().stream()
                .map(h -> new WeeklyHours(h.day(), h.start(), h.end())).toList()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, doctor.facility().zone());
        slots.dropUnusedFrom(doctor, now);
        int opened = slots.insert(doctor, doctor.slotPlan().periods(today, today.plusWeeks(details.weeksAhead()), now));
        return new ScheduleView(DoctorView.of(doctor), opened, 0);
    }

    public ScheduleView addException(UUID doctorId, ExceptionDetails details) {
        Doctor doctor = requireKeeper(doctorId);
        ScheduleException exception = Rules.enforce(() -> new ScheduleException(details.startsAt(), details.endsAt(),
                details.reason()));
        doctor.addException(exception);
        int affected = slots.block(doctor, exception.startsAt(), exception.endsAt());
        return new ScheduleView(DoctorView.of(doctor), 0, affected);
    }

    /** Free slots of a doctor starting on the local dates {@code from} to {@code to} (inclusive), at most 31 days. */
    public List<SlotView> freeSlots(UUID doctorId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS - 1))) {
            throw new RuleViolation("give a range of 1 to " + MAX_DAYS + " days");
        }
        Doctor doctor = lookup.byId(doctorId);
        ZoneId zone = doctor.facility().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        return em.createQuery("select s.publicId, s.startsAt, s.endsAt from Slot s where s.doctor = :d "
                        + "and s.startsAt >= :from and s.startsAt < :to and s.startsAt > :now and s.blocked = false "
                        + "and not exists (select b.id from Booking b where b.slot = s "
                        + "and b.status <> com.kiorex.consultations.entity.BookingStatus.CANCELLED) "
                        + "order by s.startsAt", Object[].class)
                .setParameter("d", doctor)
                .setParameter("from", start.isBefore(now) ? now : start)
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("now", now)
                .getResultStream()
                .map(r -> SlotView.of((UUID) r[0], (Instant) r[1], (Instant) r[2], zone))
                .toList();
    }

    private Doctor requireKeeper(UUID doctorId) {
        Doctor doctor = lookup.byId(doctorId);
        if (!caller.hasRole(Role.ADMIN) && !(caller.hasRole(Role.DOCTOR) && doctor.isAccount(caller.subject()))) {
            throw new AccessRefused("only the doctor or an administrator keeps this schedule");
        }
        return doctor;
    }
}
