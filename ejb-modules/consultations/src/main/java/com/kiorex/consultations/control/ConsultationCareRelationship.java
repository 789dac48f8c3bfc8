package com.kiorex.consultations.control;

import com.kiorex.kernel.security.CareRelationship;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * A doctor cares for a patient who has a live (not cancelled) booking with them: booked, under way,
 * completed or missed. Cancelling before it took place ends the relationship that booking made.
 */
@Dependent
public class ConsultationCareRelationship implements CareRelationship {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Override
    public boolean cares(String staffSubject, UUID patientId) {
        return !em.createQuery("select b.id from Booking b where b.patientId = :p and b.doctor.accountSubject = :s "
                        + "and b.status <> com.kiorex.consultations.entity.BookingStatus.CANCELLED", Long.class)
                .setParameter("p", patientId)
                .setParameter("s", staffSubject)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
