package com.kiorex.devstack;

/**
 * Demo doctors: a profile linked to the doctor's staff account (registered by the administrator)
 * and weekday surgery hours for the next four weeks, so a patient finds bookable slots at once.
 * Idempotent: an existing profile is kept, and the schedule is simply set again.
 */
final class DemoDoctors {

    static final String WEEKDAY_HOURS = """
            {"weeklyHours":[{"day":"MONDAY","start":"09:00","end":"12:30"},{"day":"MONDAY","start":"14:00","end":"17:30"},
             {"day":"TUESDAY","start":"09:00","end":"12:30"},{"day":"WEDNESDAY","start":"09:00","end":"12:30"},
             {"day":"WEDNESDAY","start":"14:00","end":"17:30"},{"day":"THURSDAY","start":"14:00","end":"19:00"},
             {"day":"FRIDAY","start":"09:00","end":"13:00"}],"weeksAhead":4}""";

    private final Api api;
    private final String adminToken;

    DemoDoctors(Api api, String adminToken) {
        this.api = api;
        this.adminToken = adminToken;
    }

    /** {@code profileJson} is the profile without {@code accountUserId}, which is taken from the token. */
    void load(String doctorToken, String profileJson) throws Exception {
        var mine = api.get(doctorToken, "/doctors/me");
        String id;
        if (mine.statusCode() == 200) {
            id = Api.id(mine);
        } else {
            String body = "{\"accountUserId\":\"" + DemoData.subjectOf(doctorToken) + "\"," + profileJson.strip().substring(1);
            id = Api.id(Api.expect(api.post(adminToken, "/doctors", body), 201));
        }
        Api.expect(api.put(doctorToken, "/doctors/" + id + "/schedule", WEEKDAY_HOURS), 200);
    }
}
