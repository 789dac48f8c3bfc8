package com.kiorex.web.fhir;

import com.kiorex.prescriptions.boundary.PrescriptionItemView;
import com.kiorex.prescriptions.boundary.PrescriptionView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Maps one item of a prescription to a FHIR R4 MedicationRequest (FHIR orders one medication per
 * request; the items of one prescription share its {@code groupIdentifier}). The resource id is the
 * prescription's id and the item's number: {@code <uuid>-<n>}.
 */
final class FhirMedicationRequests {

    static final String PRESCRIPTION_SYSTEM = "urn:kiorex:prescription";
    static final String ATC_SYSTEM = "http://www.whocc.no/atc";
    static final String EDQM_SYSTEM = "http://standardterms.edqm.eu";
    static final String UCUM = "http://unitsofmeasure.org";

    private FhirMedicationRequests() {
    }

    static JsonObject toFhir(PrescriptionView p, int number) {
        PrescriptionItemView item = p.items().get(number - 1);
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("resourceType", "MedicationRequest")
                .add("id", p.id() + "-" + number)
                .add("meta", Json.createObjectBuilder().add("versionId", Long.toString(p.version())))
                .add("groupIdentifier", Json.createObjectBuilder().add("system", PRESCRIPTION_SYSTEM)
                        .add("value", p.id().toString()))
                .add("status", status(p))
                .add("intent", "order")
                .add("medicationCodeableConcept", medication(item))
                .add("subject", Json.createObjectBuilder().add("reference", "Patient/" + p.patientId()))
                .add("authoredOn", p.issuedAt().toString())
                .add("requester", Json.createObjectBuilder().add("display", p.prescriberName()))
                .add("dosageInstruction", Json.createArrayBuilder().add(dosage(item)))
                .add("dispenseRequest", Json.createObjectBuilder()
                        .add("validityPeriod", Json.createObjectBuilder().add("end", p.expiresOn().toString()))
                        .add("quantity", Json.createObjectBuilder().add("value", item.quantity())
                                .add("unit", item.quantityUnit()))
                        .add("expectedSupplyDuration", days(item.durationDays())));
        if (p.cancelReason() != null) {
            request.add("statusReason", Json.createObjectBuilder().add("text", p.cancelReason()));
        }
        return request.build();
    }

    /** Dispensed is completed; an active prescription past its expiry is stopped. */
    private static String status(PrescriptionView p) {
        return switch (p.validity()) {
            case VALID -> "active";
            case DISPENSED -> "completed";
            case CANCELLED -> "cancelled";
            case EXPIRED -> "stopped";
        };
    }

    private static JsonObjectBuilder medication(PrescriptionItemView item) {
        String text = item.strength() == null ? item.medicineName() : item.medicineName() + " " + item.strength();
        JsonObjectBuilder concept = Json.createObjectBuilder();
        if (item.atcCode() != null) {
            concept.add("coding", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("system", ATC_SYSTEM).add("code", item.atcCode()).add("display", item.medicineName())));
        }
        return concept.add("text", text);
    }

    private static JsonObjectBuilder dosage(PrescriptionItemView item) {
        JsonObjectBuilder dosage = Json.createObjectBuilder()
                .add("text", item.dose() + ", " + item.routeDisplay().toLowerCase() + ", " + item.frequency()
                        + ", for " + item.durationDays() + " days")
                .add("timing", Json.createObjectBuilder()
                        .add("repeat", Json.createObjectBuilder().add("boundsDuration", days(item.durationDays())))
                        .add("code", Json.createObjectBuilder().add("text", item.frequency())))
                .add("route", Json.createObjectBuilder()
                        .add("coding", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("system", EDQM_SYSTEM).add("code", item.routeCode())
                                .add("display", item.routeDisplay())))
                        .add("text", item.routeDisplay()));
        if (item.instructions() != null) {
            dosage.add("patientInstruction", item.instructions());
        }
        return dosage;
    }

    private static JsonObjectBuilder days(int days) {
        return Json.createObjectBuilder().add("value", days).add("unit", "days").add("system", UCUM).add("code", "d");
    }
}
