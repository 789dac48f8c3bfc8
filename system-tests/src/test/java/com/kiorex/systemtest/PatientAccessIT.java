package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BATCH;
import static com.kiorex.systemtest.Fixtures.BILLING;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.LAB;
import static com.kiorex.systemtest.Fixtures.PHARMA;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Role checks per endpoint and ownership or care checks per record, with the refusals audited. */
class PatientAccessIT {

    static String alice;

    @BeforeAll
    static void patients() {
        alice = patientIdOf(ALICE);
        patientIdOf(BOB);
        Fixtures.assignCareTeam(alice, HOUSE, "doctor");
    }

    @Test
    void patient_readsOwnRecordWithVersionTag() {
        ApiClient.Reply reply = api(ALICE).get("/patients/" + alice);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("id")).isEqualTo(alice);
        assertThat(reply.header("ETag")).isEqualTo("\"" + reply.json().getJsonNumber("version").longValue() + "\"");
    }

    @Test
    void patient_cannotReadAnotherPatient_andTheRefusalIsAudited() {
        ApiClient.Reply reply = api(BOB).get("/patients/" + alice);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(Fixtures.problem(reply).getString("title")).isEqualTo("Forbidden");
        assertThat(reply.body()).doesNotContain("Alice");

        String bobId = TestStack.tokens().subjectOf(BOB);
        ApiClient.Reply audit = api(ADMIN).get("/audit-events?patientId=" + alice + "&outcome=REFUSED&userId=" + bobId);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("READ");
                    assertThat(e.getString("roles")).isEqualTo("patient");
                    assertThat(e.getString("requestId")).isEqualTo(reply.header("X-Request-Id"));
                });
    }

    @Test
    void patient_cannotWriteIntoAnotherPatientsHistory() {
        ApiClient.Reply reply = api(BOB).post("/patients/" + alice + "/history",
                "{\"category\":\"ALLERGY\",\"display\":\"peanuts\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(api(ALICE).get("/patients/" + alice + "/history").body()).doesNotContain("peanuts");
    }

    @Test
    void doctorInCare_readsAndWritesClinicalData_butNotTheProfile() {
        ApiClient.Reply recorded = api(HOUSE).post("/patients/" + alice + "/history", """
                {"category":"CONDITION","codeSystem":"ICD-10","code":"E11.9","display":"Type 2 diabetes"}""");
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().getString("recordedByRole")).isEqualTo("doctor");
        assertThat(api(HOUSE).get("/patients/" + alice + "/history").body()).contains("E11.9");

        ApiClient.Reply profile = api(HOUSE).get("/patients/" + alice);
        assertThat(profile.status()).isEqualTo(200);
        ApiClient.Reply update = api(HOUSE).header("If-Match", profile.header("ETag"))
                .put("/patients/" + alice, "{\"givenName\":\"X\",\"familyName\":\"Y\",\"birthDate\":\"1980-01-01\"}");
        assertThat(update.status()).isEqualTo(403);
    }

    @Test
    void doctorOutsideTheCareTeam_isRefused() {
        assertThat(api(GREY).get("/patients/" + alice + "/history").status()).isEqualTo(403);
        assertThat(api(GREY).get("/patients/" + alice).status()).isEqualTo(403);
    }

    @Test
    void admin_managesProfiles_butReadsClinicalDataOnlyWithAStatedReason() {
        assertThat(api(ADMIN).get("/patients/" + alice).status()).isEqualTo(200);
        assertThat(api(ADMIN).get("/patients/" + alice + "/history").status()).isEqualTo(403);

        ApiClient.Reply breakGlass = api(ADMIN).header("X-Access-Reason", "patient unconscious in A&E")
                .get("/patients/" + alice + "/history");
        assertThat(breakGlass.status()).isEqualTo(200);
        ApiClient.Reply audit = api(ADMIN).get("/audit-events?patientId=" + alice + "&outcome=SUCCESS&userId="
                + TestStack.tokens().subjectOf(ADMIN));
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.get("reason")).isNotEqualTo(JsonValue.NULL)
                        .satisfies(r -> assertThat(e.getString("reason")).contains("patient unconscious in A&E")));

        assertThat(api(ADMIN).post("/patients/" + alice + "/history",
                "{\"category\":\"ALLERGY\",\"display\":\"latex\"}").status()).isEqualTo(403);
    }

    @Test
    void rolesWithoutPatientAccess_areRefusedByRole() {
        assertThat(api(BILLING).get("/patients/" + alice).status()).isEqualTo(403);
        assertThat(api(BATCH).get("/patients/" + alice).status()).isEqualTo(403);
        assertThat(api(ALICE).post("/patients/search", "{\"familyName\":\"Te\"}").status()).isEqualTo(403);
        assertThat(api(ALICE).get("/audit-events").status()).isEqualTo(403);
        assertThat(api(HOUSE).get("/audit-events").status()).isEqualTo(403);
        assertThat(api(HOUSE).post("/patients/" + alice + "/care-team", "{\"staffUserId\":\"x\",\"role\":\"doctor\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void staff_searchByNameAndBirthDate_withPagination_keepingPhiOutOfTheUrl() {
        ApiClient.Reply page = api(LAB).post("/patients/search?page=0&size=1", "{\"familyName\":\"test\"}");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items")).hasSize(1);
        assertThat(page.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().getJsonArray("items").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("id", "givenName", "familyName", "birthDate", "gender");

        ApiClient.Reply byDate = api(PHARMA).post("/patients/search",
                "{\"familyName\":\"tes\",\"birthDate\":\"1985-05-20\"}");
        assertThat(byDate.status()).isEqualTo(200);
        assertThat(byDate.json().getJsonArray("items")).isNotEmpty();
        assertThat(api(PHARMA).post("/patients/search", "{\"familyName\":\"tes\",\"birthDate\":\"1901-01-01\"}")
                .json().getJsonArray("items")).isEmpty();
        assertThat(api(PHARMA).get("/patients?familyName=tes").status()).isEqualTo(405);
    }

    @Test
    void accountHolder_managesFamilyMembers_whomOthersCannotReach() {
        ApiClient.Reply added = api(ALICE).post("/patients/" + alice + "/family-members", """
                {"relationship":"child","person":{"givenName":"Lily","familyName":"Tester","birthDate":"2016-09-30"}}""");
        assertThat(added.status()).isEqualTo(201);
        String lily = added.json().getString("id");
        assertThat(added.json().getString("accountHolderId")).isEqualTo(alice);

        assertThat(api(ALICE).get("/patients/" + lily).status()).isEqualTo(200);
        assertThat(api(ALICE).post("/patients/" + lily + "/history",
                "{\"category\":\"ALLERGY\",\"display\":\"Egg allergy\"}").status()).isEqualTo(201);
        assertThat(api(ALICE).get("/patients/" + alice + "/family-members").body()).contains(lily);
        assertThat(api(BOB).get("/patients/" + lily).status()).isEqualTo(403);
        assertThat(api(BOB).get("/patients/" + lily + "/history").status()).isEqualTo(403);
    }

    @Test
    void consents_areGivenByThePatientOnly_andReadableByTheCareTeam() {
        String bob = patientIdOf(BOB);
        ApiClient.Reply granted = api(BOB).post("/patients/" + bob + "/consents",
                "{\"purpose\":\"RESEARCH\",\"policyVersion\":\"2026-01\"}");
        assertThat(granted.status()).isIn(201, 409);
        assertThat(api(ALICE).post("/patients/" + bob + "/consents",
                "{\"purpose\":\"DATA_SHARING\",\"policyVersion\":\"2026-01\"}").status()).isEqualTo(403);
        assertThat(api(HOUSE).post("/patients/" + alice + "/consents",
                "{\"purpose\":\"DATA_SHARING\",\"policyVersion\":\"2026-01\"}").status()).isEqualTo(403);
        assertThat(api(HOUSE).get("/patients/" + alice + "/consents").status()).isEqualTo(200);

        ApiClient.Reply treatment = api(ALICE).post("/patients/" + alice + "/consents",
                "{\"purpose\":\"COMMUNICATION\",\"policyVersion\":\"2026-02\"}");
        assertThat(treatment.status()).isEqualTo(201);
        String consentId = treatment.json().getString("id");
        ApiClient.Reply withdrawn = api(ALICE).post("/patients/" + alice + "/consents/" + consentId + "/withdrawal", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().getBoolean("active")).isFalse();
        assertThat(withdrawn.json().getString("withdrawnAt")).isNotBlank();
        assertThat(api(ALICE).post("/patients/" + alice + "/consents/" + consentId + "/withdrawal", "").status())
                .isEqualTo(409);
    }

    @Test
    void anonymousCaller_getsUnauthorized() {
        ApiClient.Reply reply = TestStack.api().get("/patients/" + alice);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(Fixtures.problem(reply).getInt("status")).isEqualTo(401);
    }
}
