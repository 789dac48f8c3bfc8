package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.devstack.ArtemisBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault test with the real broker process: while Artemis is stopped, changes that publish events
 * still succeed (their events wait in the transactional outbox); once it is back, every event is
 * delivered and each acknowledged change is acted on exactly once.
 */
class RegistrationBrokerOutageIT {

    private static final int REGISTRATIONS = 40;
    /** Below the test stack's admission limit, so that no request is shed with a 503. */
    private static final int CLIENTS = TestStack.MAX_IN_FLIGHT - 1;

    @AfterEach
    void brokerIsRunningAgain() throws Exception {
        ArtemisBroker broker = TestStack.get().broker();
        if (!broker.isRunning()) {
            broker.start();
        }
    }

    @Test
    void registrationsDuringABrokerOutage_areAcknowledged_andEachIsWelcomedOnceTheBrokerIsBack() throws Exception {
        ArtemisBroker broker = TestStack.get().broker();
        broker.close();

        List<String> acknowledged = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < REGISTRATIONS; i++) {
                replies.add(clients.submit(() -> {
                    String account = UUID.randomUUID().toString();
                    ApiClient.Reply reply = api(ADMIN).post("/patients", """
                            {"accountUserId":"%s","patient":{"givenName":"Outage","familyName":"Tester","birthDate":"1980-05-05"}}"""
                            .formatted(account));
                    return reply.status() == 201 ? account : "status " + reply.status() + ": " + reply.body();
                }));
            }
            for (Future<String> reply : replies) {
                acknowledged.add(reply.get());
            }
        } finally {
            clients.shutdown();
        }
        assertThat(acknowledged).as("every registration is acknowledged while the broker is down")
                .allSatisfy(account -> assertThat(account).doesNotStartWith("status"));
        assertThat(Database.count("select count(*) from outbox_event where queue = 'kiorex.patients.events'"))
                .as("the events wait in the outbox").isGreaterThanOrEqualTo(REGISTRATIONS);
        assertThat(acknowledged.stream().mapToLong(RegistrationBrokerOutageIT::welcomes).sum()).isZero();

        broker.start();

        assertThat(eventually(Duration.ofSeconds(120),
                () -> acknowledged.stream().allMatch(account -> welcomes(account) == 1)))
                .as("each acknowledged registration is welcomed once the broker is back").isTrue();
        assertThat(Database.count("select count(*) from outbox_event")).isZero();
        for (String account : acknowledged) {
            assertThat(Database.count("select count(*) from patient where account_subject = ?", account)).isEqualTo(1);
            assertThat(welcomes(account)).isEqualTo(1);
        }
    }

    private static long welcomes(String account) {
        return Database.count("select count(*) from inbox_message where account_subject = ? and kind = 'WELCOME'",
                account);
    }
}
