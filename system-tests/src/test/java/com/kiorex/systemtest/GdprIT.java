package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.JOY;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** GDPR: a patient's whole record as JSON, and erasure that anonymises but keeps the audit trail. */
class GdprIT {

    @Test
    void patient_exportsTheirWholeRecord_andNobodyElseCan() {
        String bob = patientIdOf(BOB);
        api(BOB).post("/patients/" + bob + "/history", "{\"category\":\"ALLERGY\",\"display\":\"Bee stings\"}");
        api(BOB).post("/patients/" + bob + "/emergency-contacts",
                "{\"name\":\"Ann Tester\",\"relationship\":\"mother\",\"phone\":\"+44 20 7946 0001\"}");

        ApiClient.Reply export = api(BOB).get("/patients/" + bob + "/export");
        assertThat(export.status()).isEqualTo(200);
        JsonObject record = export.json();
        assertThat(record.getJsonObject("patient").getString("id")).isEqualTo(bob);
        assertThat(record.getJsonArray("medicalHistory").toString()).contains("Bee stings");
        assertThat(record.getJsonArray("emergencyContacts").toString()).contains("Ann Tester");
        assertThat(record.keySet()).contains("consents", "careTeam", "familyMembers", "exportedAt");

        assertThat(api(Fixtures.ALICE).get("/patients/" + bob + "/export").status()).isEqualTo(403);
        assertThat(api(ADMIN).get("/patients/" + bob + "/export").status()).isEqualTo(403);
    }

    @Test
    void erasure_removesIdentifyingData_keepsCodedFactsAndTheAuditTrail() {
        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"patient":{"givenName":"Erin","familyName":"Erasable","birthDate":"1970-07-07",
                 "email":"erin@demo.kiorex.local","phone":"+44 20 7946 0777"}}""");
        assertThat(registered.status()).isEqualTo(201);
        String erin = registered.json().getString("id");
        Fixtures.assignCareTeam(erin, JOY, "nurse");
        assertThat(api(JOY).post("/patients/" + erin + "/history", """
                {"category":"CONDITION","codeSystem":"ICD-10","code":"I10","display":"Essential hypertension",
                 "note":"lives at 4 Privet Drive"}""").status()).isEqualTo(201);
        assertThat(api(JOY).post("/patients/" + erin + "/erasure", "").status()).isEqualTo(403);

        ApiClient.Reply erased = api(ADMIN).post("/patients/" + erin + "/erasure", "");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().getString("status")).isEqualTo("ERASED");
        assertThat(erased.body()).doesNotContain("Erin", "Erasable", "erin@", "1970-07-07", "7946");

        assertThat(api(JOY).get("/patients/" + erin).status()).isEqualTo(404);
        ApiClient.Reply history = api(ADMIN).header("X-Access-Reason", "verify erasure request 42")
                .get("/patients/" + erin + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("I10").doesNotContain("Privet");
        ApiClient.Reply audit = api(ADMIN).get("/audit-events?patientId=" + erin + "&size=100");
        assertThat(audit.body()).contains("\"ERASE\"", "\"CREATE\"");
        assertThat(api(ADMIN).post("/patients/" + erin + "/erasure", "").status()).isIn(409, 422);
    }
}
