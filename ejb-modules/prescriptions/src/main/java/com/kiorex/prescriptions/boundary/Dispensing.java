package com.kiorex.prescriptions.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.security.Caller;
import com.kiorex.prescriptions.control.PrescriptionAccess;
import com.kiorex.prescriptions.control.PrescriptionLookup;
import com.kiorex.prescriptions.entity.Prescription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A pharmacist reaches a prescription only through the code printed on it (sent in a request body,
 * never a URL), sees what to hand out, and marks it dispensed: exactly once, and not once it has
 * expired or been cancelled. Two pharmacists dispensing at once meet the version check: one wins.
 */
@Stateless
public class Dispensing {

    @PersistenceContext(unitName = "prescriptions")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PrescriptionAccess access;

    @Inject
    PrescriptionLookup lookup;

    public PrescriptionView lookUp(String code) {
        Prescription prescription = lookup.byCode(code);
        access.requirePharmacist(prescription, AuditAction.READ);
        return PrescriptionView.of(prescription, LocalDate.now(clock));
    }

    public PrescriptionView dispense(String code) {
        Prescription prescription = lookup.byCode(code);
        access.requirePharmacist(prescription, AuditAction.UPDATE);
        prescription.dispense(caller.subject(), clock.instant(), LocalDate.now(clock));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("the prescription was dispensed or changed at the same moment; look it up again");
        }
        return PrescriptionView.of(prescription, LocalDate.now(clock));
    }
}
