package com.kiorex.prescriptions.boundary;

import com.kiorex.kernel.contract.PersonalDataHolder;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionDocument;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient's prescriptions for GDPR export and erasure ({@link PrescriptionsSection}).
 *
 * <p>Erasure: an active prescription is cancelled ("patient record erased"), so it can no longer be
 * dispensed; an earlier cancellation's free-text reason goes; the stored PDF is deleted, because it
 * prints the patient's name and birth date (the PDF endpoint then answers 404). The items (coded
 * medicines with their dosage), dates, prescriber, status and dispensing stay: that is the clinical
 * and pharmacy record retention law keeps. The public check by code still answers the status.
 */
@Dependent
public class PrescriptionsPersonalData implements PersonalDataHolder {

    /** Today's validity of each prescription is part of what the patient is told. */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "prescriptions")
    EntityManager em;

    @Override
    public PrescriptionsSection export(DataSubject subject) {
        LocalDate today = LocalDate.now(clock);
        return new PrescriptionsSection(prescriptionsOf(subject.patientId()).stream()
                .map(p -> new PrescriptionsSection.Issued(PrescriptionView.of(p, today),
                        document(p).map(d -> Base64.getEncoder().encodeToString(d.pdf())).orElse(null)))
                .toList());
    }

    @Override
    public void erase(DataSubject subject, Instant when) {
        for (Prescription prescription : prescriptionsOf(subject.patientId())) {
            prescription.erasePersonalData(when);
            document(prescription).ifPresent(em::remove);
        }
    }

    @Override
    public String section() {
        return "prescriptions";
    }

    private Optional<PrescriptionDocument> document(Prescription prescription) {
        return Optional.ofNullable(em.find(PrescriptionDocument.class, prescription.id()));
    }

    private List<Prescription> prescriptionsOf(UUID patientId) {
        return em.createQuery("select p from Prescription p where p.patientId = :p order by p.issuedAt, p.id",
                Prescription.class).setParameter("p", patientId).getResultList();
    }
}
