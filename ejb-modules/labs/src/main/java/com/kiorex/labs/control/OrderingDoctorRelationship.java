package com.kiorex.labs.control;

import com.kiorex.kernel.security.CareRelationship;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** A doctor who ordered lab tests for a patient cares for that patient (for as long as the order stands). */
@Dependent
public class OrderingDoctorRelationship implements CareRelationship {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Override
    public boolean cares(String staffSubject, UUID patientId) {
        return !em.createQuery("select o.id from LabOrder o where o.orderingDoctorSubject = :s and o.patientId = :p "
                        + "and o.status <> com.kiorex.labs.entity.CollectionStatus.CANCELLED", Long.class)
                .setParameter("s", staffSubject).setParameter("p", patientId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
