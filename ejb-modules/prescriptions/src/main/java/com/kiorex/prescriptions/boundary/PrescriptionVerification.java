package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.control.PrescriptionAccess;
import com.kiorex.prescriptions.control.PrescriptionLookup;
import com.kiorex.prescriptions.entity.Prescription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The public check of a printed code, for anyone holding the paper (a pharmacy, an insurer, the
 * patient): valid, dispensed, cancelled or expired, the issue date and the prescriber. Nothing about
 * the patient or the medicines. Each check is audited; an unknown or malformed code is "not found".
 */
@Stateless
public class PrescriptionVerification {

    @Inject
    Clock clock;

    @Inject
    PrescriptionAccess access;

    @Inject
    PrescriptionLookup lookup;

    public PublicVerification verify(String code) {
        Prescription prescription = lookup.byCode(code);
        access.recordVerified(prescription);
        return new PublicVerification(prescription.validityOn(LocalDate.now(clock)),
                LocalDate.ofInstant(prescription.issuedAt(), clock.getZone()), prescription.prescriberName());
    }
}
