package com.kiorex.prescriptions.entity;

import static com.kiorex.prescriptions.entity.PrescriptionFixtures.ISSUED;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.ISSUE_DAY;
import static com.kiorex.prescriptions.entity.PrescriptionFixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrescriptionErasureTest {

    private static final Instant ERASED_AT = ISSUED.plusSeconds(7200);
    private final Prescription prescription = active("house", VerificationCode.generate());

    @Test
    void anActivePrescription_isCancelledForTheErasure_andKeepsItsItems() {
        prescription.erasePersonalData(ERASED_AT);

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.CANCELLED);
        assertThat(prescription.validityOn(ISSUE_DAY)).isEqualTo(Validity.CANCELLED);
        assertThat(prescription.cancelReason()).isEqualTo(Prescription.ERASURE_REASON);
        assertThat(prescription.cancelledAt()).isEqualTo(ERASED_AT);
        assertThat(prescription.items()).singleElement().satisfies(i -> {
            assertThat(i.atcCode()).isEqualTo("N02BE01");
            assertThat(i.quantity()).isEqualTo(20);
        });
    }

    @Test
    void anEarlierCancellation_losesItsFreeTextReason_butNotItsTime() {
        prescription.cancel("patient mentioned an affair with the pharmacist", ISSUED.plusSeconds(60));
        prescription.erasePersonalData(ERASED_AT);

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.CANCELLED);
        assertThat(prescription.cancelReason()).isEqualTo(Prescription.ERASED);
        assertThat(prescription.cancelledAt()).isEqualTo(ISSUED.plusSeconds(60));
    }

    @Test
    void aDispensedPrescription_staysDispensed() {
        prescription.dispense("phil", ISSUED.plusSeconds(60), ISSUE_DAY);
        prescription.erasePersonalData(ERASED_AT);

        assertThat(prescription.status()).isEqualTo(PrescriptionStatus.DISPENSED);
        assertThat(prescription.dispensedBy()).isEqualTo("phil");
        assertThat(prescription.cancelReason()).isNull();
    }
}
