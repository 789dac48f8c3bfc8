package com.kiorex.prescriptions.entity;

import com.kiorex.kernel.contract.PatientDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Prescriptions and items as the tests need them. */
public final class PrescriptionFixtures {

    public static final Instant ISSUED = Instant.parse("2026-11-22T09:00:00Z");
    public static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-22");
    public static final LocalDate EXPIRY = ISSUE_DAY.plusDays(30);

    private PrescriptionFixtures() {
    }

    public static PrescriptionItem paracetamol() {
        return new PrescriptionItem(new PrescriptionItem.Medicine("Paracetamol", "N02BE01", "500 mg"),
                new PrescriptionItem.Dosage("1 tablet", Route.ORAL, "every 6 hours as needed", 5),
                new PrescriptionItem.Supply(20, "tablet"), "Not more than 4 tablets a day");
    }

    public static Prescription active(String prescriberSubject, VerificationCode code) {
        return new Prescription(UUID.randomUUID(), null,
                new Prescription.Prescriber(prescriberSubject, "Gregory House"), List.of(paracetamol()), code,
                ISSUED, EXPIRY);
    }

    /** A patient directory that knows only who manages which record (no cards). */
    public static PatientDirectory directory(Function<UUID, Optional<String>> managingAccount) {
        return new PatientDirectory() {
            @Override
            public Optional<PatientCard> card(UUID patientId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> managingAccount(UUID patientId) {
                return managingAccount.apply(patientId);
            }
        };
    }
}
