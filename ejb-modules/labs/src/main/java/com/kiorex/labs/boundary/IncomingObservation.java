package com.kiorex.labs.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One result item as a parser read it from a result file, before matching and flagging. References
 * and values are kept as the file gave them; the intake decides what they mean.
 *
 * @param itemIndex  position of the item in its file, from 0: with the file's sha256 the item's identity
 * @param patientRef the patient identifier in the message (Kiorex patient id)
 * @param orderRef   the placer order number (Kiorex lab order id)
 * @param rangeText  the reference range as printed, e.g. {@code 3.5-5.1}; may be null
 * @param reportedFlag the abnormal flag the lab reported (OBX-8); may be null
 * @param sex        F/M as reported; may be null
 * @param birthDate  as reported; may be null
 * @param viaOcr     true when the item was read by OCR and must pass plausibility checks to be filed
 */
public record IncomingObservation(int itemIndex, String patientRef, String orderRef, String loinc, String testName,
                                  String valueText, String unit, String rangeText, String reportedFlag,
                                  Instant observedAt, String sex, LocalDate birthDate, boolean viaOcr) {

    public IncomingObservation {
        if (itemIndex < 0) {
            throw new IllegalArgumentException("item index must not be negative");
        }
        Objects.requireNonNull(loinc, "loinc");
        Objects.requireNonNull(valueText, "value");
    }
}
