package com.kiorex.patients.control;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientPart;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Finds one part of a patient's record by its public id, and only within that patient: an id of
 * another patient's part is "not found", never a way around the access check on the patient.
 */
@Dependent
public class PatientParts {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    public <T extends PatientPart> T find(Class<T> type, UUID publicId, Patient patient, String what) {
        return em.createQuery("select p from " + type.getSimpleName() + " p where p.publicId = :id "
                        + "and p.patient = :patient", type)
                .setParameter("id", publicId)
                .setParameter("patient", patient)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(what));
    }
}
