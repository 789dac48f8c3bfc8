package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.devstack.KeycloakServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged and foreign tokens are refused with 401 before any data is touched. Each case starts from
 * a real token and breaks one thing, so a pass means that one check works.
 */
class TokenValidationIT {

    static String alice;
    static String realToken;

    @BeforeAll
    static void signIn() {
        alice = patientIdOf(ALICE);
        realToken = TestStack.tokens().of(ALICE);
    }

    @Test
    void realToken_isAccepted() {
        assertThat(call(realToken)).isEqualTo(200);
    }

    @Test
    void algNone_isRefused() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String[] parts = realToken.split("\\.");
        assertThat(call(header + "." + parts[1] + ".")).isEqualTo(401);
    }

    @Test
    void tamperedPayload_isRefused() {
        String[] parts = realToken.split("\\.");
        JsonObject claims = Tokens.claims(realToken);
        JsonObject forged = Json.createObjectBuilder(claims).add("sub", TestStack.tokens().subjectOf(Fixtures.BOB))
                .build();
        assertThat(call(parts[0] + "." + b64(forged.toString()) + "." + parts[2])).isEqualTo(401);
    }

    @Test
    void tamperedSignature_isRefused() {
        String[] parts = realToken.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        assertThat(call(parts[0] + "." + parts[1] + "." + new String(signature))).isEqualTo(401);
    }

    @Test
    void tokenWithoutTheApiAudience_isRefused() throws Exception {
        // same realm, same signing key, same issuer: only the audience is wrong
        String token = Tokens.passwordGrant(TestStack.get().keycloak().tokenEndpoint(), "admin-cli", ALICE, "demo-patient.alice");
        assertThat(Tokens.claims(token).getString("iss")).isEqualTo(TestStack.get().keycloak().issuer());
        assertThat(call(token)).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherIssuer_isRefused() throws Exception {
        String masterTokens = TestStack.get().keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token";
        String token = Tokens.passwordGrant(masterTokens, "admin-cli", KeycloakServer.DEV_ADMIN_USERNAME,
                KeycloakServer.DEV_ADMIN_PASSWORD);
        assertThat(Tokens.claims(token).getString("iss")).endsWith("/realms/master");
        assertThat(call(token)).isEqualTo(401);
    }

    @Test
    void expiredToken_isRefused() throws Exception {
        // a dev/test-only client whose tokens live 2 s: same realm, key, issuer and audience
        String token = Tokens.passwordGrant(TestStack.get().keycloak().tokenEndpoint(), "kiorex-test-short-lived", ALICE,
                "demo-patient.alice");
        JsonObject claims = Tokens.claims(token);
        assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(2);
        assertThat(call(token)).isEqualTo(200);
        Thread.sleep(3_500);
        assertThat(call(token)).isEqualTo(401);
    }

    @Test
    void garbage_isRefused() {
        assertThat(call("not-a-jwt")).isEqualTo(401);
    }

    @Test
    void refusals_writeNoStackTraceToTheServerLog() throws Exception {
        int inSignature = realToken.length() - 10;
        String forged = realToken.substring(0, inSignature) + (realToken.charAt(inSignature) == 'A' ? 'B' : 'A')
                + realToken.substring(inSignature + 1);
        for (int i = 0; i < 20; i++) {
            assertThat(call("not-a-jwt")).isEqualTo(401);
            assertThat(call(forged)).isEqualTo(401);
        }
        Thread.sleep(3_000); // Payara writes its log asynchronously
        // the whole run's log: no refusal anywhere in it (a client retrying with an expired token wrote
        // 742,272 stack traces in a minute before)
        try (var lines = Files.lines(TestStack.get().layout().home().resolve("logs/payara.log"))) {
            assertThat(lines.filter(line -> line.contains("Exception trying to parse JWT token")).count()).isZero();
        }
    }

    private static int call(String token) {
        ApiClient.Reply reply = TestStack.api().withBearer(token).get("/patients/" + alice);
        if (reply.status() == 401) {
            assertThat(reply.body()).doesNotContain("Alice");
        }
        return reply.status();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
