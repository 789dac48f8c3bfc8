package com.kiorex.web.fhir;

import com.kiorex.labs.boundary.ResultView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A lab result as a FHIR R4 Observation: LOINC code, value (Quantity with its UCUM unit, else
 * string), reference range, and the interpretation from the v3 ObservationInterpretation code
 * system (whose codes L, H, LL, HH, N are those of HL7 v2 table 0078).
 */
final class FhirObservations {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private FhirObservations() {
    }

    static JsonObject toFhir(ResultView r, UUID patientId) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("resourceType", "Observation")
                .add("id", r.id().toString())
                .add("status", "final")
                .add("category", Json.createArrayBuilder().add(Json.createObjectBuilder().add("coding",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("system", CATEGORY)
                                .add("code", "laboratory").add("display", "Laboratory")))))
                .add("code", Json.createObjectBuilder().add("coding", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("system", LOINC).add("code", r.loinc()).add("display", r.testName())))
                        .add("text", r.testName()))
                .add("subject", Json.createObjectBuilder().add("reference", "Patient/" + patientId))
                .add("effectiveDateTime", r.observedAt().toString());
        if (r.numericValue() != null) {
            o.add("valueQuantity", quantity(r.numericValue(), r.unit()));
        } else {
            o.add("valueString", r.value());
        }
        if (r.interpretation() != null) {
            o.add("interpretation", Json.createArrayBuilder().add(Json.createObjectBuilder().add("coding",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("system", INTERPRETATION)
                            .add("code", r.interpretation())))));
        }
        if (r.rangeLow() != null || r.rangeHigh() != null) {
            JsonObjectBuilder range = Json.createObjectBuilder();
            if (r.rangeLow() != null) {
                range.add("low", quantity(r.rangeLow(), r.unit()));
            }
            if (r.rangeHigh() != null) {
                range.add("high", quantity(r.rangeHigh(), r.unit()));
            }
            o.add("referenceRange", Json.createArrayBuilder().add(range));
        }
        return o.build();
    }

    private static JsonObjectBuilder quantity(BigDecimal value, String unit) {
        JsonObjectBuilder q = Json.createObjectBuilder().add("value", value);
        if (unit != null && !unit.isBlank()) {
            q.add("unit", unit).add("system", UCUM).add("code", unit);
        }
        return q;
    }
}
