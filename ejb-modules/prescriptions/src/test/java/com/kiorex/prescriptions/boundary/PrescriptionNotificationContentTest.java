package com.kiorex.prescriptions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.prescriptions.control.PrescriptionLookup;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionFixtures;
import com.kiorex.prescriptions.entity.VerificationCode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a prescription notice may say, and to whom: the prescriber and the date, to the managing account. */
class PrescriptionNotificationContentTest {

    private static final String HOLDER = "alice";

    private final Prescription prescription = PrescriptionFixtures.active("house", VerificationCode.generate());
    private final PrescriptionNotificationContent content = content(prescription);

    @Test
    void issueNotice_namesThePrescriberAndTheDate_inTheRecipientsLanguage_andNothingClinical() {
        Optional<Map<String, String>> en = content.variables(prescription.publicId().toString(), HOLDER, "en");
        assertThat(en).contains(Map.of("doctorName", "Gregory House", "issuedOn", "November 22, 2026"));
        assertThat(content.variables(prescription.publicId().toString(), HOLDER, "fr").orElseThrow())
                .containsEntry("issuedOn", "22 novembre 2026");
        assertThat(en.orElseThrow().values()).noneMatch(v -> v.contains("Paracetamol") || v.contains("500 mg"));
    }

    @Test
    void onlyTheAccountManagingThePatient_getsAnything() {
        assertThat(content.variables(prescription.publicId().toString(), "bob", "en")).isEmpty();
        assertThat(content.variables(prescription.publicId().toString(), null, "en")).isEmpty();
    }

    @Test
    void issueNotice_ofAPrescriptionCancelledMeanwhile_isWithdrawn_whileTheCancellationNoticeIsSent() {
        String issued = prescription.publicId().toString();
        String cancellation = issued + "@cancelled";
        assertThat(content.variables(cancellation, HOLDER, "en")).as("not cancelled yet").isEmpty();

        prescription.cancel("wrong dose", PrescriptionFixtures.ISSUED.plusSeconds(60));

        assertThat(content.variables(issued, HOLDER, "en")).isEmpty();
        assertThat(content.variables(cancellation, HOLDER, "en").orElseThrow())
                .containsEntry("doctorName", "Gregory House").doesNotContainValue("wrong dose");
    }

    @Test
    void unknownOrMalformedReferences_getNothing() {
        assertThat(content.variables(UUID.randomUUID().toString(), HOLDER, "en")).isEmpty();
        assertThat(content.variables("not-a-uuid", HOLDER, "en")).isEmpty();
        assertThat(content.variables("@cancelled", HOLDER, "en")).isEmpty();
    }

    private static PrescriptionNotificationContent content(Prescription prescription) {
        PrescriptionNotificationContent content = new PrescriptionNotificationContent();
        content.lookup = new PrescriptionLookup() {
            @Override
            public Optional<Prescription> find(UUID publicId) {
                return Optional.of(prescription).filter(p -> p.publicId().equals(publicId));
            }
        };
        content.patients = PrescriptionFixtures.directory(
                patientId -> Optional.of(HOLDER).filter(h -> prescription.patientId().equals(patientId)));
        content.clock = Clock.fixed(PrescriptionFixtures.ISSUED, ZoneOffset.UTC);
        return content;
    }
}
