package com.kiorex.prescriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.contract.Notifier;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionFixtures;
import com.kiorex.prescriptions.entity.VerificationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whom the prescription notices go to, and that the requests carry identifiers only. */
class PrescriptionNoticesTest {

    private final List<NotificationRequest> sent = new ArrayList<>();
    private final VerificationCode code = VerificationCode.generate();
    private final Prescription prescription = PrescriptionFixtures.active("house", code);

    @Test
    void issueAndCancellation_goToTheManagingAccount_withoutMedicineOrCode() {
        PrescriptionNotices notices = notices(Optional.of("family-holder"));

        notices.issued(prescription);
        notices.cancelled(prescription);

        String id = prescription.publicId().toString();
        assertThat(sent).extracting(NotificationRequest::recipientSubject).containsOnly("family-holder");
        assertThat(sent).extracting(NotificationRequest::template)
                .containsExactly("prescription.issued", "prescription.cancelled");
        assertThat(sent).extracting(NotificationRequest::subjectRef)
                .containsExactly("prescription:" + id, "prescription:" + id + "@cancelled");
        assertThat(sent).allSatisfy(r -> assertThat(r.toString()).doesNotContain("Paracetamol", code.formatted()));
    }

    @Test
    void aPatientWithoutAnAccount_isToldNothing() {
        notices(Optional.empty()).issued(prescription);

        assertThat(sent).isEmpty();
    }

    @Test
    void theSameNotice_hasTheSameRequestId() {
        PrescriptionNotices notices = notices(Optional.of("alice"));
        notices.issued(prescription);
        notices.issued(prescription);

        assertThat(sent.get(0).requestId()).isEqualTo(sent.get(1).requestId());
    }

    private PrescriptionNotices notices(Optional<String> account) {
        PrescriptionNotices notices = new PrescriptionNotices();
        notices.notifier = new Notifier() {
            @Override
            public void request(NotificationRequest request) {
                sent.add(request);
            }
        };
        notices.patients = PrescriptionFixtures.directory(patientId -> account);
        return notices;
    }
}
