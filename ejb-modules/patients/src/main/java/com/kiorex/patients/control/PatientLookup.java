package com.kiorex.patients.control;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.patients.entity.Patient;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Finds patient records by their public id or by the account that manages them. */
@Dependent
public class PatientLookup {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    public Patient byId(UUID publicId) {
        return em.createQuery("select p from Patient p where p.publicId = :id", Patient.class)
                .setParameter("id", publicId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("patient"));
    }

    public Optional<Patient> ownRecordOf(String accountSubject) {
        return em.createQuery("select p from Patient p where p.accountSubject = :s and p.ownRecord = true",
                        Patient.class)
                .setParameter("s", accountSubject)
                .getResultStream().findFirst();
    }
}
