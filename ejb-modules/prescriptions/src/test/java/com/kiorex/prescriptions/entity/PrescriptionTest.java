package com.kiorex.prescriptions.entity;

import static com.kiorex.prescriptions.entity.PrescriptionFixtures.EXPIRY;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.ISSUED;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.ISSUE_DAY;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.active;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.paracetamol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.RuleViolation;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrescriptionTest {

    private static final Instant LATER = ISSUED.plusSeconds(3600);
    private final VerificationCode code = VerificationCode.generate();
    private final Prescription prescription = active("house", code);

    @Test
    void issued_isActiveAndValidUntilItsExpiryDayInclusive() {
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.ACTIVE);
        assertThat(prescription.validityOn(ISSUE_DAY)).isEqualTo(Validity.VALID);
        assertThat(prescription.validityOn(EXPIRY)).isEqualTo(Validity.VALID);
        assertThat(prescription.validityOn(EXPIRY.plusDays(1))).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void dispense_onceOnly_secondIsAConflict() {
        prescription.dispense("phil", LATER, ISSUE_DAY);

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.DISPENSED);
        assertThat(prescription.dispensedBy()).isEqualTo("phil");
        assertThat(prescription.dispensedAt()).isEqualTo(LATER);
        assertThat(prescription.validityOn(EXPIRY.plusDays(10))).isEqualTo(Validity.DISPENSED);
        assertThatThrownBy(() -> prescription.dispense("phil", LATER, ISSUE_DAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already dispensed");
    }

    @Test
    void dispense_afterExpiry_isRefusedAndChangesNothing() {
        assertThatThrownBy(() -> prescription.dispense("phil", LATER, EXPIRY.plusDays(1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("expired");
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.ACTIVE);
        assertThat(prescription.dispensedAt()).isNull();
    }

    @Test
    void cancel_keepsTheReason_andThenItCanNeitherBeDispensedNorCancelledAgain() {
        prescription.cancel("  wrong dose  ", LATER);

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.CANCELLED);
        assertThat(prescription.cancelReason()).isEqualTo("wrong dose");
        assertThat(prescription.validityOn(ISSUE_DAY)).isEqualTo(Validity.CANCELLED);
        assertThatThrownBy(() -> prescription.dispense("phil", LATER, ISSUE_DAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> prescription.cancel("again", LATER)).isInstanceOf(Conflict.class);
    }

    @Test
    void cancel_needsAReason() {
        assertThatThrownBy(() -> prescription.cancel(" ", LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.ACTIVE);
    }

    @Test
    void cancelDispensed_isAConflict() {
        prescription.dispense("phil", LATER, ISSUE_DAY);

        assertThatThrownBy(() -> prescription.cancel("too late", LATER)).isInstanceOf(Conflict.class);
    }

    @Test
    void aPrescription_needsOneToTwentyItemsAndANamedPrescriber() {
        Prescription.Prescriber house = new Prescription.Prescriber("house", "Gregory House");
        assertThatThrownBy(() -> new Prescription(UUID.randomUUID(), null, house, List.of(), code, ISSUED, EXPIRY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Prescription(UUID.randomUUID(), null, house,
                Collections.nCopies(21, paracetamol()), code, ISSUED, EXPIRY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Prescription(UUID.randomUUID(), null, new Prescription.Prescriber("house", " "),
                List.of(paracetamol()), code, ISSUED, EXPIRY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCodeMatchesOnlyItsOwnPrescription() {
        assertThat(prescription.matches(code)).isTrue();
        assertThat(prescription.matches(VerificationCode.generate())).isFalse();
        assertThat(prescription.isPrescribedBy("house")).isTrue();
        assertThat(prescription.isPrescribedBy("grey")).isFalse();
    }

    @Test
    void items_areCheckedForTheirShape() {
        assertThatThrownBy(() -> new PrescriptionItem(new PrescriptionItem.Medicine("X", "N2BE01", null),
                new PrescriptionItem.Dosage("1", Route.ORAL, "daily", 1), new PrescriptionItem.Supply(1, "tablet"),
                null)).hasMessageContaining("ATC");
        assertThatThrownBy(() -> new PrescriptionItem(new PrescriptionItem.Medicine("X", null, null),
                new PrescriptionItem.Dosage("1", Route.ORAL, "daily", 0), new PrescriptionItem.Supply(1, "tablet"),
                null)).hasMessageContaining("day");
        assertThatThrownBy(() -> new PrescriptionItem(new PrescriptionItem.Medicine("X", null, null),
                new PrescriptionItem.Dosage("1", Route.ORAL, "daily", 1), new PrescriptionItem.Supply(0, "tablet"),
                null)).hasMessageContaining("unit");
        assertThatThrownBy(() -> new PrescriptionItem(new PrescriptionItem.Medicine(" ", null, null),
                new PrescriptionItem.Dosage("1", Route.ORAL, "daily", 1), new PrescriptionItem.Supply(1, "tablet"),
                null)).hasMessageContaining("medicine name");
        assertThat(new PrescriptionItem(new PrescriptionItem.Medicine("X", "", " "),
                new PrescriptionItem.Dosage("1", Route.ORAL, "daily", 1), new PrescriptionItem.Supply(1, "tablet"),
                "").atcCode()).isNull();
    }
}
