package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 view of a patient, read by HAPI FHIR's strict parser (an unknown element or a wrong
 * value type fails the test), behind the same access rule as the profile.
 */
class FhirPatientIT {

    static final IParser STRICT = FhirContext.forR4().newJsonParser()
            .setParserErrorHandler(new StrictErrorHandler());
    static String alice;

    @BeforeAll
    static void patients() {
        alice = patientIdOf(ALICE);
    }

    @Test
    void patientResource_isValidFhirR4_withTheProfileData() {
        ApiClient.Reply reply = api(ALICE).get("/fhir/Patient/" + alice);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/fhir+json");

        Patient fhir = STRICT.parseResource(Patient.class, reply.body());
        ApiClient.Reply profile = api(ALICE).get("/patients/" + alice);
        assertThat(fhir.getIdElement().getIdPart()).isEqualTo(alice);
        assertThat(fhir.getIdentifierFirstRep().getSystem()).isEqualTo("urn:kiorex:patient");
        assertThat(fhir.getNameFirstRep().getFamily()).isEqualTo(profile.json().getString("familyName"));
        assertThat(fhir.getBirthDateElement().getValueAsString()).isEqualTo(profile.json().getString("birthDate"));
        assertThat(fhir.getGender().name()).isEqualTo(profile.json().getString("gender"));
        assertThat(fhir.getActive()).isTrue();
        assertThat(fhir.getMeta().getVersionId()).isEqualTo(
                Long.toString(profile.json().getJsonNumber("version").longValue()));
    }

    @Test
    void anotherPatient_isRefused() {
        patientIdOf(BOB);
        assertThat(api(BOB).get("/fhir/Patient/" + alice).status()).isEqualTo(403);
    }

    @Test
    void erasedPatient_isInactiveWithoutIdentifyingData() {
        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"patient":{"givenName":"Fhir","familyName":"Erased","birthDate":"1961-02-03","gender":"MALE"}}""");
        String id = registered.json().getString("id");
        assertThat(api(ADMIN).post("/patients/" + id + "/erasure", "").status()).isEqualTo(200);

        ApiClient.Reply reply = api(ADMIN).get("/fhir/Patient/" + id);
        Patient fhir = STRICT.parseResource(Patient.class, reply.body());
        assertThat(fhir.getActive()).isFalse();
        assertThat(fhir.hasName()).isFalse();
        assertThat(fhir.hasBirthDate()).isFalse();
        assertThat(fhir.getGender()).isNotEqualTo(AdministrativeGender.MALE);
        assertThat(reply.body()).doesNotContain("Erased", "1961");
    }
}
