package com.kiorex.prescriptions.control;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.VerificationCode;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Finds a prescription by its public id, or by the code printed on it (malformed or unknown: not found). */
@Dependent
public class PrescriptionLookup {

    @PersistenceContext(unitName = "prescriptions")
    EntityManager em;

    public Prescription byId(UUID publicId) {
        return find(publicId).orElseThrow(() -> new NotFound("prescription"));
    }

    public Optional<Prescription> find(UUID publicId) {
        return em.createQuery("select p from Prescription p where p.publicId = :id", Prescription.class)
                .setParameter("id", publicId)
                .getResultStream().findFirst();
    }

    public Prescription byCode(String typedCode) {
        VerificationCode code = VerificationCode.parse(typedCode).orElseThrow(() -> new NotFound("prescription"));
        return em.createQuery("select p from Prescription p where p.verificationHash = :hash", Prescription.class)
                .setParameter("hash", code.hash())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("prescription"));
    }
}
