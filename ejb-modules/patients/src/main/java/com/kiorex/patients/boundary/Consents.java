package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.security.Caller;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.control.PatientParts;
import com.kiorex.patients.entity.Consent;
import com.kiorex.patients.entity.Patient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Consents are given and withdrawn by the patient (or the account holder for a family member);
 * staff in the patient's care can read them.
 */
@Stateless
public class Consents {

    static final String RESOURCE = "Consent";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    PatientParts parts;

    public ConsentView grant(UUID patientId, ConsentDetails details) {
        Patient patient = managedByCaller(patientId, AuditAction.CREATE);
        boolean alreadyActive = !em.createQuery("select c.id from Consent c where c.patient = :p "
                        + "and c.purpose = :purpose and c.withdrawnAt is null", Long.class)
                .setParameter("p", patient).setParameter("purpose", details.purpose()).getResultList().isEmpty();
        if (alreadyActive) {
            throw new Conflict("an active " + details.purpose() + " consent exists; withdraw it first");
        }
        Consent consent = new Consent(patient, details.purpose(), details.policyVersion(), caller.subject(),
                clock.instant());
        em.persist(consent);
        return ConsentView.of(consent);
    }

    public ConsentView withdraw(UUID patientId, UUID consentId) {
        Patient patient = managedByCaller(patientId, AuditAction.UPDATE);
        Consent consent = parts.find(Consent.class, consentId, patient, "consent");
        if (!consent.isActive()) {
            throw new Conflict("the consent is already withdrawn");
        }
        consent.withdraw(caller.subject(), clock.instant());
        return ConsentView.of(consent);
    }

    public List<ConsentView> of(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.CLINICAL, AuditAction.READ, RESOURCE, null);
        return em.createQuery("select c from Consent c where c.patient = :p order by c.grantedAt desc, c.id desc",
                Consent.class).setParameter("p", patient).getResultStream().map(ConsentView::of).toList();
    }

    /** Only the patient's own account speaks for the patient here, not staff, not admins. */
    private Patient managedByCaller(UUID patientId, AuditAction action) {
        Patient patient = lookup.byId(patientId);
        access.requireManagedByCaller(patient, action, RESOURCE, null);
        return patient;
    }
}
