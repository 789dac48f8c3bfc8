package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.devstack.DemoLogin;
import com.kiorex.devstack.KeycloakServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stops: the server stays ready, because it holds the realm's signing keys, and tokens issued before
 * the outage keep working, including one it has never seen (so it is verified with the held keys, not answered
 * from the verified-token cache). A tampered token is still refused. When Keycloak is back, the readiness
 * report says the provider answers again.
 */
class IdentityOutageIT {

    @Test
    void whileKeycloakIsDown_issuedTokensStillWork_forgedOnesDoNot_andTheServerStaysReady() throws Exception {
        Fixtures.patientIdOf(ALICE); // registered, so that /patients/me answers 200
        assertThat(api(ALICE).get("/patients/me").status()).isEqualTo(200);
        String unseen = freshToken(ALICE); // issued now, shown to the API only during the outage
        int inSignature = unseen.length() - 10; // a full six bits of the signature
        String tampered = unseen.substring(0, inSignature) + (unseen.charAt(inSignature) == 'A' ? 'B' : 'A')
                + unseen.substring(inSignature + 1);

        KeycloakServer keycloak = TestStack.get().keycloak();
        keycloak.close();
        Readiness.Report duringOutage;
        int seen;
        int fresh;
        int forged;
        try {
            duringOutage = Readiness.report();
            seen = api(ALICE).get("/patients/me").status();
            fresh = TestStack.api().withBearer(unseen).get("/patients/me").status();
            forged = TestStack.api().withBearer(tampered).get("/patients/me").status();
        } finally {
            keycloak.start(); // whatever happens, the next test class finds Keycloak
        }

        assertThat(seen).isEqualTo(200);
        assertThat(fresh).isEqualTo(200);
        assertThat(forged).isEqualTo(401);
        assertThat(duringOutage.status()).as("still ready: %s", duringOutage.body()).isEqualTo(200);
        JsonObject identityDown = duringOutage.check("identity-provider");
        assertThat(identityDown.getString("status")).as(identityDown.toString()).isEqualTo("UP");
        assertThat(Readiness.flag(identityDown, "signingKeysHeld")).as(identityDown.toString()).isTrue();
        assertThat(Readiness.data(identityDown, "discovery")).as("Keycloak did not answer").isNotEqualTo("200");

        AtomicReference<JsonObject> lastCheck = new AtomicReference<>();
        assertThat(eventually(Duration.ofSeconds(30), () -> {
            lastCheck.set(Readiness.report().check("identity-provider"));
            return "200".equals(Readiness.data(lastCheck.get(), "discovery"));
        })).as("Keycloak is reported answering again: %s", lastCheck).isTrue();
        assertThat(freshToken(ALICE)).isNotBlank();
    }

    private static String freshToken(String username) throws Exception {
        return Tokens.passwordGrant(TestStack.get().keycloak().tokenEndpoint(), DemoLogin.CLIENT_ID, username,
                DemoLogin.user(username).orElseThrow().password());
    }
}
