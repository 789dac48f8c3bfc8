package com.kiorex.web.fhir;

import com.kiorex.patients.boundary.PatientView;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Maps a patient's profile to a FHIR R4 Patient resource. */
final class FhirPatients {

    static final String IDENTIFIER_SYSTEM = "urn:kiorex:patient";

    private FhirPatients() {
    }

    static JsonObject toFhir(PatientView p) {
        JsonObjectBuilder patient = Json.createObjectBuilder()
                .add("resourceType", "Patient")
                .add("id", p.id().toString())
                .add("meta", Json.createObjectBuilder().add("versionId", Long.toString(p.version()))
                        .add("lastUpdated", p.updatedAt().toString()))
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("system", IDENTIFIER_SYSTEM).add("value", p.id().toString())))
                .add("active", p.status() == PatientStatus.ACTIVE);
        if (p.status() == PatientStatus.ACTIVE) {
            addDemographics(patient, p);
        }
        return patient.build();
    }

    private static void addDemographics(JsonObjectBuilder patient, PatientView p) {
        patient.add("name", Json.createArrayBuilder().add(Json.createObjectBuilder().add("use", "official")
                .add("family", p.familyName()).add("given", Json.createArrayBuilder().add(p.givenName()))));
        if (p.gender() != null) {
            patient.add("gender", p.gender().name().toLowerCase());
        }
        if (p.birthDate() != null) {
            patient.add("birthDate", p.birthDate().toString());
        }
        JsonArrayBuilder telecom = Json.createArrayBuilder();
        if (p.phone() != null) {
            telecom.add(Json.createObjectBuilder().add("system", "phone").add("value", p.phone()));
        }
        if (p.email() != null) {
            telecom.add(Json.createObjectBuilder().add("system", "email").add("value", p.email()));
        }
        patient.add("telecom", telecom);
        JsonObjectBuilder address = Json.createObjectBuilder();
        if (p.addressLine() != null) {
            address.add("line", Json.createArrayBuilder().add(p.addressLine()));
        }
        addIfPresent(address, "city", p.city());
        addIfPresent(address, "postalCode", p.postalCode());
        addIfPresent(address, "country", p.country());
        JsonObject built = address.build();
        if (!built.isEmpty()) {
            patient.add("address", Json.createArrayBuilder().add(built));
        }
        if (p.preferredLanguage() != null) {
            patient.add("communication", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("language", Json.createObjectBuilder().add("coding", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("system", "urn:ietf:bcp:47")
                                    .add("code", p.preferredLanguage()))))
                    .add("preferred", true)));
        }
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
