package com.kiorex.patients.control;

import com.kiorex.kernel.contract.PatientAccounts;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The patients context's answer to {@link PatientAccounts}: the account that manages a live record. */
@Dependent
public class PatientAccountsDirectory implements PatientAccounts {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public Optional<String> managingAccount(UUID patientId) {
        return em.createQuery("select p.accountSubject from Patient p where p.publicId = :id and p.status = :s",
                        String.class)
                .setParameter("id", patientId).setParameter("s", PatientStatus.ACTIVE)
                .getResultStream().filter(s -> s != null).findFirst();
    }
}
