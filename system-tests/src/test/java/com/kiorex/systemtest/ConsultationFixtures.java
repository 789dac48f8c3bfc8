package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.api;

import java.util.UUID;

/** Doctor profiles, schedules and extra patients for the consultations tests. */
final class ConsultationFixtures {

    private ConsultationFixtures() {
    }

    /** The doctor's profile id, registering a profile (at a London facility, 15-minute slots) on first use. */
    static synchronized String doctorProfileOf(String username) {
        ApiClient.Reply mine = api(username).get("/doctors/me");
        if (mine.status() == 200) {
            return mine.json().getString("id");
        }
        ApiClient.Reply created = api(ADMIN).post("/doctors", doctor(TestStack.tokens().subjectOf(username),
                "Dr " + username, "general-practice", "en", "60.00", "4.8", 51.5154, -0.1410, 15));
        if (created.status() != 201) {
            throw new IllegalStateException("could not register doctor " + username + ": " + created);
        }
        return created.json().getString("id");
    }

    static String doctor(String account, String name, String specialty, String language, String fee, String rating,
                         double latitude, double longitude, int slotMinutes) {
        return """
                {"accountUserId":"%s","name":"%s","email":"%s@demo.kiorex.local","specialties":["%s"],
                 "languages":["%s"],"fee":%s,"currency":"GBP","slotMinutes":%d,"verified":true,"rating":%s,
                 "facility":{"name":"Kiorex Central","latitude":%s,"longitude":%s,"zone":"Europe/London"}}"""
                .formatted(account, name, account, specialty, language, fee, slotMinutes, rating, latitude, longitude);
    }

    /** Every day, around the clock (local time), so tests always find slots soon and far ahead. */
    static String allDay(int weeks) {
        StringBuilder hours = new StringBuilder();
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            hours.append(hours.isEmpty() ? "" : ",")
                    .append("{\"day\":\"").append(day).append("\",\"start\":\"00:00\",\"end\":\"23:59\"}");
        }
        return "{\"weeklyHours\":[" + hours + "],\"weeksAhead\":" + weeks + "}";
    }

    /** A patient registered at the front desk for an account nobody signs in with. */
    static String patientWithoutLogin() {
        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"Walk","familyName":"In","birthDate":"1970-07-07"}}"""
                .formatted(UUID.randomUUID()));
        if (registered.status() != 201) {
            throw new IllegalStateException("could not register a patient: " + registered);
        }
        return registered.json().getString("id");
    }
}
