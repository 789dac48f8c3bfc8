package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.LAB;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal is RFC 9457 problem+json with the right status, and changes nothing. */
class ProblemDetailsIT {

    static String alice;

    @BeforeAll
    static void patients() {
        alice = patientIdOf(ALICE);
    }

    @Test
    void invalidFields_give400WithOneErrorPerField_andChangeNothing() {
        ApiClient.Reply before = api(ALICE).get("/patients/" + alice);
        ApiClient.Reply reply = api(ALICE).header("If-Match", before.header("ETag")).put("/patients/" + alice, """
                {"givenName":"","familyName":"Tester","birthDate":"2999-01-01","email":"not-an-email","country":"gb"}""");
        assertThat(reply.status()).isEqualTo(400);
        JsonObject problem = problem(reply);
        assertThat(problem.getString("title")).isEqualTo("Invalid request");
        assertThat(problem.getString("requestId")).isEqualTo(reply.header("X-Request-Id"));
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("birthDate", "country", "email", "givenName");
        assertThat(api(ALICE).get("/patients/" + alice).body()).isEqualTo(before.body());
    }

    @Test
    void aRefusalBeforeAnyResourceMatched_namesTheRequestIdTheClientSent() {
        ApiClient.Reply wrongMethod = api(ALICE).header("X-Request-Id", "client-chosen-0405")
                .post("/patients/" + alice, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(problem(wrongMethod).getString("requestId")).isEqualTo("client-chosen-0405");
        assertThat(wrongMethod.header("X-Request-Id")).isEqualTo("client-chosen-0405");
    }

    @Test
    void nestedFieldErrors_nameTheirPath() {
        ApiClient.Reply reply = api(ALICE).post("/patients/" + alice + "/family-members",
                "{\"relationship\":\"child\",\"person\":{\"givenName\":\"Tom\",\"familyName\":\"T\"}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("person.birthDate");
    }

    @Test
    void malformedJson_gives400() {
        ApiClient.Reply reply = api(ALICE).post("/patients/" + alice + "/history", "{\"category\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getString("detail")).doesNotContain("Exception");
    }

    @Test
    void unknownEnumValue_gives400() {
        ApiClient.Reply reply = api(ALICE).post("/patients/" + alice + "/history",
                "{\"category\":\"HOROSCOPE\",\"display\":\"x\"}");
        assertThat(reply.status()).isEqualTo(400);
        problem(reply);
    }

    @Test
    void malformedIcd10Code_isRefusedWith422() {
        ApiClient.Reply reply = api(ALICE).post("/patients/" + alice + "/history",
                "{\"category\":\"CONDITION\",\"codeSystem\":\"ICD-10\",\"code\":\"diabetes\",\"display\":\"Diabetes\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(problem(reply).getString("detail")).contains("ICD-10");
    }

    @Test
    void unknownPatient_gives404() {
        ApiClient.Reply reply = api(ADMIN).get("/patients/" + UUID.randomUUID());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(problem(reply).getString("title")).isEqualTo("Not found");
    }

    @Test
    void secondOwnRecord_gives409() {
        ApiClient.Reply reply = api(ALICE).post("/patients/me",
                "{\"givenName\":\"Alice\",\"familyName\":\"Again\",\"birthDate\":\"1984-03-12\"}");
        assertThat(reply.status()).isEqualTo(409);
        problem(reply);
    }

    @Test
    void updateWithoutIfMatch_gives428_andWithAStaleVersion_gives409() {
        String body = "{\"givenName\":\"Alice\",\"familyName\":\"Tester\",\"birthDate\":\"1985-05-20\"}";
        assertThat(api(ALICE).put("/patients/" + alice, body).status()).isEqualTo(428);

        ApiClient.Reply current = api(ALICE).get("/patients/" + alice);
        ApiClient.Reply updated = api(ALICE).header("If-Match", current.header("ETag")).put("/patients/" + alice, body);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(current.header("ETag"));
        ApiClient.Reply stale = api(ALICE).header("If-Match", current.header("ETag")).put("/patients/" + alice, body);
        assertThat(stale.status()).isEqualTo(409);
        problem(stale);
    }

    @Test
    void searchWithoutCriteria_gives422_andOversizedPage_gives400() {
        assertThat(api(LAB).post("/patients/search", "{\"familyName\":\"a\"}").status()).isEqualTo(422);
        ApiClient.Reply reply = api(LAB).post("/patients/search?size=1000", "{\"familyName\":\"te\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");
    }

    @Test
    void badDateInTheBody_gives400() {
        ApiClient.Reply reply = api(LAB).post("/patients/search", "{\"familyName\":\"te\",\"birthDate\":\"12/03/1984\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getString("detail")).contains("date formats");
    }

    @Test
    void badDateParameter_gives400NamingTheFormat() {
        ApiClient.Reply reply = api(ADMIN).get("/audit-events?from=yesterday");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getString("detail")).contains("2026-11-21T10:00:00Z");
    }
}
