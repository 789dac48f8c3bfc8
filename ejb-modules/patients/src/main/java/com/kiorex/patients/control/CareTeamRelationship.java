package com.kiorex.patients.control;

import com.kiorex.kernel.security.CareRelationship;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Care through an explicit, active care-team assignment. */
@Dependent
public class CareTeamRelationship implements CareRelationship {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public boolean cares(String staffSubject, UUID patientId) {
        return !em.createQuery("select a.id from CareTeamAssignment a where a.staffSubject = :s "
                        + "and a.patient.publicId = :p and a.endedAt is null", Long.class)
                .setParameter("s", staffSubject)
                .setParameter("p", patientId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
