package com.kiorex.patients.control;

import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The patients context's answer to {@link PatientDirectory}: erased records are unknown. */
@Dependent
public class PatientDirectoryAnswers implements PatientDirectory {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public Optional<PatientCard> card(UUID patientId) {
        return active(patientId).map(p -> new PatientCard(
                p.demographics().givenName() + " " + p.demographics().familyName(), p.demographics().birthDate()));
    }

    @Override
    public Optional<String> managingAccount(UUID patientId) {
        // family members carry their holder's account subject, so this is the managing account
        return em.createQuery("select p.accountSubject from Patient p where p.publicId = :id and p.status = :active",
                        String.class)
                .setParameter("id", patientId)
                .setParameter("active", PatientStatus.ACTIVE)
                .getResultStream().filter(s -> s != null).findFirst();
    }

    @Override
    public boolean erased(UUID patientId) {
        return em.createQuery("select count(p) from Patient p where p.publicId = :id and p.status = :erased", Long.class)
                .setParameter("id", patientId)
                .setParameter("erased", PatientStatus.ERASED)
                .getSingleResult() > 0;
    }

    private Optional<Patient> active(UUID patientId) {
        return em.createQuery("select p from Patient p where p.publicId = :id and p.status = :active", Patient.class)
                .setParameter("id", patientId)
                .setParameter("active", PatientStatus.ACTIVE)
                .getResultStream().findFirst();
    }
}
