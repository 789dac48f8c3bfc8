package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one messaging path of the foundation: registering a patient publishes an event after commit;
 * the consumer welcomes the account exactly once per event, and a message it cannot read ends on
 * the dead-letter queue after its redeliveries.
 */
class MessagingIT {

    private static final String QUEUE = "kiorex.patients.events";

    @Test
    void registration_isWelcomedExactlyOnce_evenWhenTheEventIsDeliveredTwice() throws Exception {
        String account = UUID.randomUUID().toString();
        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"Event","familyName":"Tester","birthDate":"1990-01-01"}}"""
                .formatted(account));
        assertThat(registered.status()).isEqualTo(201);
        String patientId = registered.json().getString("id");

        assertThat(eventually(Duration.ofSeconds(30), () -> welcomes(account) == 1)).isTrue();

        // the same event again (same id), as a broker would redeliver it after a lost acknowledgement
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"patientId\":\"" + patientId + "\",\"accountSubject\":\"" + account + "\"}";
        Map<String, String> headers = Map.of("eventId", eventId, "eventType", "PatientRegistered");
        Broker.send(QUEUE, payload, headers);
        Broker.send(QUEUE, payload, headers);

        assertThat(eventually(Duration.ofSeconds(30), () -> welcomes(account) == 2)).isTrue();
        Thread.sleep(3000);
        assertThat(welcomes(account)).isEqualTo(2);
    }

    @Test
    void refusedRegistrations_publishNothing() {
        String account = UUID.randomUUID().toString();
        // invalid body: refused before commit, so nothing may be published
        ApiClient.Reply refused = api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"","familyName":"Tester","birthDate":"1990-01-01"}}"""
                .formatted(account));
        assertThat(refused.status()).isEqualTo(400);
        // a second own record for the same account is refused: one record, one welcome
        api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"One","familyName":"Tester","birthDate":"1990-01-01"}}"""
                .formatted(account));
        ApiClient.Reply duplicate = api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"Two","familyName":"Tester","birthDate":"1990-01-01"}}"""
                .formatted(account));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(eventually(Duration.ofSeconds(30), () -> welcomes(account) == 1)).isTrue();
        sleep(3000);
        assertThat(welcomes(account)).isEqualTo(1);
        assertThat(Database.count("select count(*) from patient where account_subject = ?", account)).isEqualTo(1);
    }

    @Test
    void unreadableMessage_isDeadLetteredAfterItsRetries() {
        String marker = UUID.randomUUID().toString();
        Broker.send(QUEUE, "this is not an event", Map.of("testMarker", marker));

        String selector = "testMarker = '" + marker + "'";
        assertThat(eventually(Duration.ofSeconds(90), () -> Broker.count("DLQ", selector) == 1))
                .as("message on the dead-letter queue").isTrue();
        assertThat(Broker.count(QUEUE, selector)).isZero();
    }

    private static long welcomes(String account) {
        return Database.count("select count(*) from inbox_message where account_subject = ? and kind = 'WELCOME'",
                account);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
