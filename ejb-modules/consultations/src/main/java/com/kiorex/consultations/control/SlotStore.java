package com.kiorex.consultations.control;

import com.kiorex.consultations.entity.Doctor;
import com.kiorex.consultations.entity.SlotPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes derived slots in bulk (one statement, not one insert per slot). Slots that a booking ever
 * referred to are kept; re-deriving never duplicates a slot (unique doctor and start).
 */
@Dependent
public class SlotStore {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    /** Removes the doctor's future slots that no booking refers to. */
    public int dropUnusedFrom(Doctor doctor, Instant from) {
        return em.createNativeQuery("delete from slot s where s.doctor_id = ?1 and s.starts_at >= ?2 "
                        + "and not exists (select 1 from booking b where b.slot_id = s.id)")
                .setParameter(1, doctor.id()).setParameter(2, from).executeUpdate();
    }

    public int insert(Doctor doctor, List<SlotPlan.Period> periods) {
        if (periods.isEmpty()) {
            return 0;
        }
        String starts = periods.stream().map(p -> p.startsAt().toString()).collect(Collectors.joining(","));
        String ends = periods.stream().map(p -> p.endsAt().toString()).collect(Collectors.joining(","));
        return em.createNativeQuery("insert into slot (public_id, doctor_id, starts_at, ends_at) "
                        + "select gen_random_uuid(), ?1, s, e from unnest(cast(string_to_array(?2, ',') as timestamptz[]), "
                        + "cast(string_to_array(?3, ',') as timestamptz[])) as t(s, e) on conflict do nothing")
                .setParameter(1, doctor.id()).setParameter(2, starts).setParameter(3, ends).executeUpdate();
    }

    /** Blocks the doctor's slots that overlap the period; returns how many live bookings sit in them. */
    public int block(Doctor doctor, Instant from, Instant to) {
        em.createNativeQuery("update slot set blocked = true where doctor_id = ?1 and starts_at < ?3 and ends_at > ?2")
                .setParameter(1, doctor.id()).setParameter(2, from).setParameter(3, to).executeUpdate();
        return ((Number) em.createNativeQuery("select count(*) from booking b where b.doctor_id = ?1 "
                        + "and b.starts_at < ?3 and b.ends_at > ?2 and b.status = 'BOOKED'")
                .setParameter(1, doctor.id()).setParameter(2, from).setParameter(3, to).getSingleResult()).intValue();
    }
}
