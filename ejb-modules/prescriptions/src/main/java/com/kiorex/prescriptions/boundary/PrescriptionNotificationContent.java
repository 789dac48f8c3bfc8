package com.kiorex.prescriptions.boundary;

import com.kiorex.kernel.contract.NotificationContent;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.prescriptions.control.PrescriptionLookup;
import com.kiorex.prescriptions.control.PrescriptionNotices;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Template variables for notifications about a prescription ({@code prescription:<refId>}, see
 * {@link PrescriptionNotices}): {@code doctorName} (the prescriber as printed) and {@code issuedOn}
 * (the issue date in the recipient's language). Nothing clinical: no medicine, dose or verification
 * code ever reaches an email or SMS. Only the account that manages the patient's record gets them;
 * an issue notice whose prescription is no longer active, or a cancellation notice of one that is not
 * cancelled, gets nothing, and the notification is withdrawn.
 */
@Dependent
public class PrescriptionNotificationContent implements NotificationContent {

    @Inject
    PrescriptionLookup lookup;

    @Inject
    PatientDirectory patients;

    @Inject
    Clock clock;

    @Override
    public String refType() {
        return PrescriptionNotices.REF_TYPE;
    }

    @Override
    public Optional<Map<String, String>> variables(String refId, String recipientSubject, String language) {
        boolean cancellation = refId.endsWith(PrescriptionNotices.CANCELLED_SUFFIX);
        PrescriptionStatus expected = cancellation ? PrescriptionStatus.CANCELLED : PrescriptionStatus.ACTIVE;
        String id = cancellation ? refId.substring(0, refId.length() - PrescriptionNotices.CANCELLED_SUFFIX.length())
                : refId;
        return parse(id).flatMap(lookup::find)
                .filter(p -> p.status() == expected)
                .filter(p -> patients.managedBy(p.patientId(), recipientSubject))
                .map(p -> variablesOf(p, language));
    }

    private Map<String, String> variablesOf(Prescription prescription, String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        String issuedOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(prescription.issuedAt().atZone(clock.getZone()));
        return Map.of("doctorName", prescription.prescriberName(), "issuedOn", issuedOn);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
