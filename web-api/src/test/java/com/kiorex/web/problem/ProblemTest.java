package com.kiorex.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void json_isAProblemDocumentWithTypeTitleStatusDetailAndRequestId() {
        JsonObject body = parse(Problem.of(Response.Status.NOT_FOUND, "Not found", "patient not found")
                .requestId("req-12345678").json());

        assertThat(body.getString("type")).isEqualTo("https://kiorex.example/problems/not-found");
        assertThat(body.getString("title")).isEqualTo("Not found");
        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("detail")).isEqualTo("patient not found");
        assertThat(body.getString("requestId")).isEqualTo("req-12345678");
        assertThat(body).doesNotContainKey("errors");
    }

    @Test
    void json_leavesOutWhatIsNotKnown() {
        JsonObject body = parse(Problem.of(500, "Internal error", null).json());

        assertThat(body.keySet()).containsExactlyInAnyOrder("type", "title", "status");
    }

    @Test
    void json_listsFieldErrorsSortedByField() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("person.familyName", "is required");
        errors.put("address", "must be at most 200 characters");
        errors.put("person.birthDate", "must not be in the future");

        JsonObject body = parse(Problem.of(400, "Invalid request", "some fields are missing or wrong")
                .fieldErrors(errors).json());

        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("message"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("address", "must be at most 200 characters"),
                        org.assertj.core.groups.Tuple.tuple("person.birthDate", "must not be in the future"),
                        org.assertj.core.groups.Tuple.tuple("person.familyName", "is required"));
    }

    @Test
    void json_staysValidWhateverTheTextHolds() {
        String awkward = "quote \" backslash \\ newline \n tab \t unicode é 😀 </script>";

        JsonObject body = parse(Problem.of(422, "Request refused", awkward)
                .fieldErrors(Map.of("note\"", awkward)).json());

        assertThat(body.getString("detail")).isEqualTo(awkward);
        assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("note\"");
    }

    @Test
    void json_makesTheTypeFromTheTitleInLowerCaseWords() {
        assertThat(parse(Problem.of(429, "Too many requests", null).json()).getString("type"))
                .isEqualTo("https://kiorex.example/problems/too-many-requests");
        assertThat(parse(Problem.of(412, " Precondition failed (If-Match)! ", null).json()).getString("type"))
                .isEqualTo("https://kiorex.example/problems/precondition-failed-if-match");
    }

    @Test
    void fieldErrors_keepsItsOwnCopy() {
        Map<String, String> errors = new LinkedHashMap<>(Map.of("size", "must be between 1 and 100"));
        Problem problem = Problem.of(400, "Invalid request", null).fieldErrors(errors);

        errors.put("page", "must be 0 or more");

        assertThat(parse(problem.json()).getJsonArray("errors")).hasSize(1);
    }

    @Test
    void toResponse_carriesTheStatusTheProblemMediaTypeAndTheDocument() {
        Problem problem = Problem.of(409, "Conflict", "this would duplicate an existing record");

        Response response = problem.toResponse().build();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(parse((String) response.getEntity()).getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
        assertThat(response.getEntity()).isEqualTo(problem.json());
    }
}
