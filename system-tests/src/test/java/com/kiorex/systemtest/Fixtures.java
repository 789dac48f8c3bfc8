package com.kiorex.systemtest;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Idempotent set-up shared by the test classes, whichever runs first. */
final class Fixtures {

    static final String ALICE = "patient.alice";
    static final String BOB = "patient.bob";
    static final String HOUSE = "doctor.house";
    static final String GREY = "doctor.grey";
    static final String JOY = "nurse.joy";
    static final String LAB = "lab.tech";
    static final String PHARMA = "pharma.phil";
    static final String BILLING = "billing.bea";
    static final String ADMIN = "admin.ada";
    static final String BATCH = "batch.otto";

    private Fixtures() {
    }

    static ApiClient api(String username) {
        return TestStack.api().as(username);
    }

    /** The user's own patient record, registering it on first use. */
    static synchronized String patientIdOf(String username) {
        ApiClient.Reply mine = api(username).get("/patients/me");
        if (mine.status() == 200) {
            return mine.json().getString("id");
        }
        String given = username.substring(username.indexOf('.') + 1);
        ApiClient.Reply created = api(username).post("/patients/me", """
                {"givenName":"%s","familyName":"Tester","birthDate":"1985-05-20","gender":"UNKNOWN",
                 "email":"%s@demo.kiorex.local","country":"GB"}""".formatted(capitalised(given), username));
        if (created.status() != 201) {
            throw new IllegalStateException("could not register " + username + ": " + created);
        }
        return created.json().getString("id");
    }

    /** Puts the staff member on the patient's care team (no-op if already there). */
    static void assignCareTeam(String patientId, String staffUsername, String role) {
        String staffId = TestStack.tokens().subjectOf(staffUsername);
        ApiClient.Reply reply = api(ADMIN).post("/patients/" + patientId + "/care-team",
                "{\"staffUserId\":\"" + staffId + "\",\"role\":\"" + role + "\"}");
        if (reply.status() != 201 && reply.status() != 409) {
            throw new IllegalStateException("could not assign care team: " + reply);
        }
    }

    static JsonObject problem(ApiClient.Reply reply) {
        if (!reply.contentType().startsWith("application/problem+json")) {
            throw new AssertionError("not problem+json: " + reply);
        }
        return reply.json();
    }

    /** Polls until the condition holds or the timeout passes; returns whether it held. */
    static boolean eventually(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
