package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.LabObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One lab result with its flag, as the patient and their doctors read it. */
public record ResultView(UUID id, String loinc, String testName, String value, BigDecimal numericValue, String unit,
                         BigDecimal rangeLow, BigDecimal rangeHigh, String rangeSource, String interpretation,
                         String reportedFlag, Instant observedAt) {

    static ResultView of(LabObservation o) {
        return new ResultView(o.publicId(), o.loinc(), o.testName(), o.valueText(), o.valueNumeric(), o.unit(),
                o.rangeLow(), o.rangeHigh(), o.rangeSource(),
                o.interpretation() == null ? null : o.interpretation().name(), o.reportedFlag(), o.observedAt());
    }
}
