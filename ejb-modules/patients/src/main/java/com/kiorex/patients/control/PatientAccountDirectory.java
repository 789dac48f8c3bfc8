package com.kiorex.patients.control;

import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Answers {@link PatientDirectory} for other contexts: only the managing account, no patient data. */
@Dependent
public class PatientAccountDirectory implements PatientDirectory {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public Optional<String> managingAccount(UUID patientId) {
        return em.createQuery("select p.accountSubject from Patient p where p.publicId = :id and p.status = :active",
                        String.class)
                .setParameter("id", patientId)
                .setParameter("active", PatientStatus.ACTIVE)
                .getResultStream().filter(s -> s != null).findFirst();
    }
}
