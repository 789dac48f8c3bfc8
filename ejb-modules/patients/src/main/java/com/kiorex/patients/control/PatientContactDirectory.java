package com.kiorex.patients.control;

import com.kiorex.kernel.contract.ContactDirectory;
import com.kiorex.patients.entity.Patient;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Tells the notifications context how to reach a patient account holder: the email, phone and
 * preferred language of their own record (not of family members they manage). Erased records give
 * nothing. The person's own notification preferences, where set, come before this.
 */
@Stateless
public class PatientContactDirectory implements ContactDirectory {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Override
    public Optional<ContactPoints> contactPoints(String accountSubject) {
        return em.createQuery("select p from Patient p where p.accountSubject = :s and p.ownRecord = true "
                        + "and p.erasedAt is null", Patient.class)
                .setParameter("s", accountSubject).getResultStream().findFirst()
                .map(p -> p.demographics().contact())
                .map(c -> new ContactPoints(c.email(), c.phone(), c.preferredLanguage()));
    }

}
