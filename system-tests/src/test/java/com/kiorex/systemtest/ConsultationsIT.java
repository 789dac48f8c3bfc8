package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consultations against the running stack: search, booking (for oneself, a family member, at the
 * front desk), one booking per slot under concurrency, idempotent retries, cancellation rules, the
 * care relationship a booking gives the doctor, the consultation record, and the calendar consumer.
 */
class ConsultationsIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CALENDAR_QUEUE = "kiorex.consultations.calendar";

    static String house;
    static String alice;
    /** House's free slots more than a day ahead, and within the next day; each test takes its own. */
    static final List<JsonObject> farSlots = new ArrayList<>();
    static final List<JsonObject> soonSlots = new ArrayList<>();
    static final AtomicInteger farTaken = new AtomicInteger();
    static final AtomicInteger soonTaken = new AtomicInteger();

    @BeforeAll
    static void doctorWithSchedule() {
        alice = patientIdOf(ALICE);
        patientIdOf(BOB);
        house = ConsultationFixtures.doctorProfileOf(HOUSE);
        ApiClient.Reply schedule = api(HOUSE).put("/doctors/" + house + "/schedule", ConsultationFixtures.allDay(2));
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(LONDON);
        ApiClient.Reply slots = api(ALICE).get("/doctors/" + house + "/slots?from=" + today + "&to=" + today.plusDays(6));
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        Instant now = Instant.now();
        for (JsonObject slot : slots.array().getValuesAs(JsonObject.class)) {
            Instant starts = Instant.parse(slot.getString("startsAt"));
            if (starts.isAfter(now.plus(Duration.ofHours(26)))) {
                farSlots.add(slot);
            } else if (starts.isAfter(now.plus(Duration.ofMinutes(2))) && starts.isBefore(now.plus(Duration.ofHours(20)))) {
                soonSlots.add(slot);
            }
        }
        assertThat(farSlots).hasSizeGreaterThan(20);
        assertThat(soonSlots).hasSizeGreaterThan(5);
    }

    static String farSlot() {
        return farSlots.get(farTaken.getAndIncrement()).getString("id");
    }

    @Test
    void slots_areShownInUtcAndInTheFacilityZone() {
        JsonObject slot = farSlots.get(farSlots.size() - 1);
        Instant starts = Instant.parse(slot.getString("startsAt"));
        assertThat(slot.getString("zone")).isEqualTo("Europe/London");
        assertThat(java.time.OffsetDateTime.parse(slot.getString("localStart")).toInstant()).isEqualTo(starts);
        assertThat(java.time.OffsetDateTime.parse(slot.getString("localStart")).getOffset())
                .isEqualTo(LONDON.getRules().getOffset(starts));
    }

    @Test
    void search_filtersSortsAndPages_andRefusesBadCriteria() {
        String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        String cheap = register(token + " Ash", "cardiology", "fr", "40.00", "4.1", 48.8566, 2.3522);
        String dear = register(token + " Birch", "cardiology", "en", "150.00", "4.9", 48.8606, 2.3376);
        String far = register(token + " Cedar", "dermatology", "fr", "90.00", "3.0", 45.7640, 4.8357);

        assertThat(ids(search("{\"name\":\"" + token + "\"}", "sort=fee:asc"))).containsExactly(cheap, far, dear);
        assertThat(ids(search("{\"name\":\"" + token + "\"}", "sort=rating:desc"))).containsExactly(dear, cheap, far);
        assertThat(ids(search("{\"name\":\"" + token + "\",\"specialty\":\"cardiology\",\"language\":\"fr\"}", "")))
                .containsExactly(cheap);
        assertThat(ids(search("{\"name\":\"" + token + "\",\"minFee\":50,\"maxFee\":100}", ""))).containsExactly(far);
        assertThat(ids(search("{\"name\":\"" + token + "\",\"minRating\":4.5}", ""))).containsExactly(dear);
        // within 10 km of the Louvre: the two Paris doctors, nearest first; Lyon is 390 km away
        ApiClient.Reply near = search("{\"name\":\"" + token + "\",\"latitude\":48.8611,\"longitude\":2.3364,"
                + "\"withinKm\":10}", "sort=distance:asc");
        assertThat(ids(near)).containsExactly(dear, cheap);
        assertThat(near.json().getJsonArray("items").getJsonObject(0).getJsonNumber("distanceKm").doubleValue()).isLessThan(1);
        // availability on a date: only the doctor with a schedule
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);
        assertThat(api(ADMIN).put("/doctors/" + cheap + "/schedule", ConsultationFixtures.allDay(1)).status()).isEqualTo(200);
        assertThat(ids(search("{\"name\":\"" + token + "\",\"availableOn\":\"" + tomorrow + "\"}", "")))
                .containsExactly(cheap);
        // paging
        ApiClient.Reply page = search("{\"name\":\"" + token + "\"}", "sort=name:asc&size=2&page=1");
        assertThat(ids(page)).containsExactly(far);
        assertThat(page.json().getInt("total")).isEqualTo(3);

        assertThat(search("{}", "size=101").status()).isEqualTo(400);
        assertThat(search("{}", "sort=secret:asc").status()).isEqualTo(400);
        assertThat(search("{\"minRating\":7}", "").status()).isEqualTo(400);
        assertThat(search("{}", "sort=distance:asc").status()).isEqualTo(422);
        assertThat(api(Fixtures.BILLING).post("/doctors/search", "{}").status()).isEqualTo(403);
        assertThat(api(ALICE).post("/doctors", ConsultationFixtures.doctor(UUID.randomUUID().toString(), "Dr X",
                "cardiology", "en", "1", "1", 0, 0, 15)).status()).isEqualTo(403);
        assertThat(api(ADMIN).post("/doctors", ConsultationFixtures.doctor(UUID.randomUUID().toString(), "Dr X",
                "astrology", "en", "1", "1", 0, 0, 15)).status()).isEqualTo(422);
    }

    @Test
    void availableOn_followsBookingsCancellationsMovesAndLeave_andTheFreeDayCountsMatchARecount() {
        String token = "Fd" + UUID.randomUUID().toString().substring(0, 8);
        String profile = ConsultationFixtures.doctor(UUID.randomUUID().toString(), "Dr " + token, "neurology", "en",
                "70.00", "4.0", 51.5, -0.1, 30);
        ApiClient.Reply created = api(ADMIN).post("/doctors", profile);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String doctor = created.json().getString("id");
        StringBuilder hours = new StringBuilder();
        for (String weekday : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            hours.append(hours.isEmpty() ? "" : ",").append("{\"day\":\"").append(weekday)
                    .append("\",\"start\":\"10:00\",\"end\":\"11:00\"}");
        }
        assertThat(api(ADMIN).put("/doctors/" + doctor + "/schedule", "{\"weeklyHours\":[" + hours + "],\"weeksAhead\":1}")
                .status()).isEqualTo(200);
        // three days ahead: no slot of that day has started anywhere, so only the free-day count decides
        LocalDate day = LocalDate.now(LONDON).plusDays(3);
        List<JsonObject> slots = api(ALICE).get("/doctors/" + doctor + "/slots?from=" + day + "&to=" + day.plusDays(1))
                .array().getValuesAs(JsonObject.class);
        assertThat(slots).hasSize(4); // 10:00 and 10:30 on each of the two days
        String first = slots.get(0).getString("id");
        String second = slots.get(1).getString("id");
        String nextDay = slots.get(2).getString("id");
        java.util.function.Function<LocalDate, List<String>> availableOn = d -> ids(search(
                "{\"name\":\"" + token + "\",\"availableOn\":\"" + d + "\"}", ""));

        assertThat(availableOn.apply(day)).containsExactly(doctor);
        String kept = book(ALICE, first, alice, null).json().getString("id");
        assertThat(availableOn.apply(day)).as("one of two slots left").containsExactly(doctor);
        String bobs = book(BOB, second, patientIdOf(BOB), null).json().getString("id");
        assertThat(availableOn.apply(day)).as("both slots booked").isEmpty();
        assertThat(availableOn.apply(day.plusDays(1))).containsExactly(doctor);

        assertThat(api(BOB).post("/bookings/" + bobs + "/cancel", "{\"reason\":\"cannot come\"}").status()).isEqualTo(200);
        assertThat(availableOn.apply(day)).as("a cancellation frees its slot").containsExactly(doctor);
        assertThat(book(BOB, second, patientIdOf(BOB), null).status()).isEqualTo(201);
        assertThat(availableOn.apply(day)).isEmpty();

        ApiClient.Reply moved = api(ALICE).post("/bookings/" + kept + "/reschedule", "{\"slotId\":\"" + nextDay + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(availableOn.apply(day)).as("a move frees the old day").containsExactly(doctor);
        assertThat(availableOn.apply(day.plusDays(1))).as("and takes one of the new day's two").containsExactly(doctor);

        Instant leaveFrom = day.atStartOfDay(LONDON).toInstant();
        assertThat(api(ADMIN).post("/doctors/" + doctor + "/exceptions", """
                {"startsAt":"%s","endsAt":"%s","reason":"conference"}""".formatted(leaveFrom, leaveFrom.plus(Duration.ofDays(1))))
                .status()).isEqualTo(200);
        assertThat(availableOn.apply(day)).as("leave blocks the free slot").isEmpty();
        assertThat(Database.count("select f.free_slots from doctor_free_day f join doctor d on d.id = f.doctor_id "
                + "where d.public_id = ? and f.day = ?", UUID.fromString(doctor), day.plusDays(1))).isEqualTo(1);

        // the facility moves to UTC+14: 10:00 in London is midnight there, so every slot falls a day later
        ApiClient.Reply moved14 = api(ADMIN).put("/doctors/" + doctor, profile.replace("Europe/London", "Pacific/Kiritimati"));
        assertThat(moved14.status()).as(moved14.toString()).isEqualTo(200);
        assertThat(availableOn.apply(day.plusDays(1))).as("day D's slots, now on D+1: blocked and booked").isEmpty();
        assertThat(availableOn.apply(day.plusDays(2))).as("day D+1's free slot, now on D+2").containsExactly(doctor);

        // the triggers' counts equal a recount from slots and bookings, for every doctor and day in the database
        assertThat(Database.count("""
                select count(*) from doctor_free_day f full join (
                    select s.doctor_id, (s.starts_at at time zone d.facility_zone)::date as day,
                           count(*) filter (where not s.blocked and not exists (select 1 from booking b
                               where b.slot_id = s.id and b.status <> 'CANCELLED')) as free
                    from slot s join doctor d on d.id = s.doctor_id group by 1, 2) r using (doctor_id, day)
                where coalesce(f.free_slots, 0) <> coalesce(r.free, 0)""")).isZero();
    }

    private static String register(String name, String specialty, String language, String fee, String rating,
                                   double latitude, double longitude) {
        ApiClient.Reply created = api(ADMIN).post("/doctors", ConsultationFixtures.doctor(UUID.randomUUID().toString(),
                name, specialty, language, fee, rating, latitude, longitude, 30).replace("Europe/London", "Europe/Paris"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static ApiClient.Reply search(String criteria, String query) {
        return api(ALICE).post("/doctors/search" + (query.isEmpty() ? "" : "?" + query), criteria);
    }

    private static List<String> ids(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    @Test
    void patient_booksForThemself_andOnlyTheyTheirDoctorAndTheFrontDeskSeeIt() {
        ApiClient.Reply booked = book(ALICE, farSlot(), alice, null);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.json().getString("id");
        assertThat(booked.json().getString("status")).isEqualTo("BOOKED");
        assertThat(booked.header("Location")).endsWith("/bookings/" + id);

        assertThat(api(ALICE).get("/bookings/" + id).status()).isEqualTo(200);
        assertThat(api(HOUSE).get("/bookings/" + id).status()).isEqualTo(200);
        assertThat(api(ADMIN).get("/bookings/" + id).status()).isEqualTo(200);
        ApiClient.Reply otherPatient = api(BOB).get("/bookings/" + id);
        assertThat(otherPatient.status()).isEqualTo(403);
        assertThat(problem(otherPatient).getString("title")).isEqualTo("Forbidden");
        assertThat(api(GREY).get("/bookings/" + id).status()).isEqualTo(403);
        assertThat(api(ALICE).get("/bookings/mine").body()).contains(id);
        assertThat(api(BOB).get("/bookings/mine").body()).doesNotContain(id);
        assertThat(Database.count("select count(*) from audit_event where resource_type = 'Booking' and resource_id = ? "
                + "and outcome = 'REFUSED'", UUID.fromString(id))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void patient_booksForAFamilyMember_butNotForSomeoneElse() {
        ApiClient.Reply member = api(ALICE).post("/patients/" + alice + "/family-members", """
                {"relationship":"child","person":{"givenName":"Kim","familyName":"Tester","birthDate":"2018-02-03"}}""");
        assertThat(member.status()).isEqualTo(201);
        String kim = member.json().getString("id");
        assertThat(book(ALICE, farSlot(), kim, null).status()).isEqualTo(201);

        ApiClient.Reply forSomeoneElse = book(BOB, farSlot(), alice, null);
        assertThat(forSomeoneElse.status()).isEqualTo(403);
        assertThat(book(BOB, farSlot(), UUID.randomUUID().toString(), null).status()).isEqualTo(404);
    }

    @Test
    void badRequests_areRefusedClearly_andChangeNothing() {
        ApiClient.Reply noSlot = api(ALICE).post("/bookings", "{\"patientId\":\"" + alice + "\"}");
        assertThat(noSlot.status()).isEqualTo(400);
        assertThat(problem(noSlot).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("slotId");
        assertThat(book(ALICE, UUID.randomUUID().toString(), alice, null).status()).isEqualTo(404);
        assertThat(api(ALICE).header("Idempotency-Key", "bad key!").post("/bookings",
                "{\"slotId\":\"" + farSlot() + "\",\"patientId\":\"" + alice + "\"}").status()).isEqualTo(400);
        assertThat(api(HOUSE).post("/bookings", "{\"slotId\":\"" + farSlot() + "\",\"patientId\":\"" + alice + "\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void concurrentRequestsForOneSlot_giveExactlyOneBooking() throws Exception {
        String slot = farSlot();
        String bob = patientIdOf(BOB);
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                boolean asAlice = i % 2 == 0;
                Callable<Integer> request = () -> bookRetryingWhenBusy(asAlice ? ALICE : BOB, slot, asAlice ? alice : bob);
                outcomes.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : outcomes) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(clients - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count("select count(*) from booking b join slot s on s.id = b.slot_id "
                + "where s.public_id = ? and b.status <> 'CANCELLED'", UUID.fromString(slot))).isEqualTo(1);
    }

    @Test
    void retriedRequestWithTheSameKey_returnsTheSameBooking_andADifferentBodyIsRefused() {
        String key = "retry-" + UUID.randomUUID();
        String slot = farSlot();
        ApiClient.Reply first = book(ALICE, slot, alice, key);
        ApiClient.Reply retry = book(ALICE, slot, alice, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        ApiClient.Reply otherBody = book(ALICE, farSlot(), alice, key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(problem(otherBody).getString("detail")).contains("Idempotency-Key");
        assertThat(Database.count("select count(*) from booking b join slot s on s.id = b.slot_id where s.public_id = ?",
                UUID.fromString(slot))).isEqualTo(1);
        // the key is the caller's own: another patient's same key is a new request
        assertThat(book(BOB, slot, patientIdOf(BOB), key).status()).isEqualTo(409);
    }

    @Test
    void cancellation_needsAReason_patientsUpToADayAhead_theDoctorUntilTheStart() {
        String far = book(ALICE, farSlot(), alice, null).json().getString("id");
        assertThat(api(ALICE).post("/bookings/" + far + "/cancel", "{}").status()).isEqualTo(400);
        assertThat(api(BOB).post("/bookings/" + far + "/cancel", "{\"reason\":\"mine now\"}").status()).isEqualTo(403);
        ApiClient.Reply cancelled = api(ALICE).post("/bookings/" + far + "/cancel", "{\"reason\":\"feeling better\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(api(ALICE).post("/bookings/" + far + "/cancel", "{\"reason\":\"again\"}").status()).isEqualTo(409);

        String soonSlot = soonSlots.get(soonSlots.size() - 1 - soonTaken.getAndIncrement()).getString("id");
        String soon = book(ALICE, soonSlot, alice, null).json().getString("id");
        ApiClient.Reply late = api(ALICE).post("/bookings/" + soon + "/cancel", "{\"reason\":\"busy\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(problem(late).getString("detail")).contains("24 hours");
        assertThat(api(HOUSE).post("/bookings/" + soon + "/cancel", "{\"reason\":\"doctor called away\"}").status())
                .isEqualTo(200);
        // the cancelled slot is free again
        assertThat(book(BOB, soonSlot, patientIdOf(BOB), null).status()).isEqualTo(201);
    }

    @Test
    void reschedule_movesTheBooking_andFreesTheOldSlot() {
        String from = farSlot();
        String to = farSlot();
        String id = book(ALICE, from, alice, null).json().getString("id");
        ApiClient.Reply moved = api(ALICE).post("/bookings/" + id + "/reschedule", "{\"slotId\":\"" + to + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("slotId")).isEqualTo(to);
        assertThat(book(BOB, from, patientIdOf(BOB), null).status()).isEqualTo(201);
        assertThat(api(BOB).post("/bookings/" + id + "/reschedule", "{\"slotId\":\"" + from + "\"}").status())
                .isEqualTo(403);
    }

    @Test
    void booking_givesTheDoctorCare_ofThatPatientOnly_andTheRecordIsTheirs() {
        String patient = ConsultationFixtures.patientWithoutLogin();
        assertThat(api(HOUSE).get("/patients/" + patient + "/history").status()).isEqualTo(403);

        String slot = soonSlots.get(0).getString("id"); // the next slot: inside the start window
        ApiClient.Reply booked = book(ADMIN, slot, patient, null);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.json().getString("id");

        assertThat(api(HOUSE).get("/patients/" + patient + "/history").status()).isEqualTo(200);
        assertThat(api(HOUSE).get("/patients/" + patient).status()).isEqualTo(200);
        assertThat(api(GREY).get("/patients/" + patient + "/history").status()).isEqualTo(403);
        assertThat(api(BOB).get("/patients/" + patient).status()).isEqualTo(403);

        assertThat(api(GREY).post("/bookings/" + id + "/start", "").status()).isEqualTo(403);
        ApiClient.Reply started = api(HOUSE).post("/bookings/" + id + "/start", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("status")).isEqualTo("IN_PROGRESS");
        ApiClient.Reply recorded = api(HOUSE).put("/bookings/" + id + "/record", """
                {"subjective":"cough for a week","assessment":"acute bronchitis","plan":"rest, fluids",
                 "diagnoses":[{"code":"J20.9","display":"Acute bronchitis, unspecified"}]}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(api(HOUSE).put("/bookings/" + id + "/record",
                "{\"subjective\":\"x\",\"diagnoses\":[{\"code\":\"bronchitis\",\"display\":\"x\"}]}").status())
                .isEqualTo(422);
        assertThat(api(GREY).get("/bookings/" + id + "/record").status()).isEqualTo(403);
        assertThat(api(ADMIN).get("/bookings/" + id + "/record").status()).isEqualTo(403);
        ApiClient.Reply ended = api(HOUSE).post("/bookings/" + id + "/end", "");
        assertThat(ended.json().getString("status")).isEqualTo("COMPLETED");
        ApiClient.Reply record = api(HOUSE).get("/bookings/" + id + "/record");
        assertThat(record.json().getJsonArray("diagnoses").getJsonObject(0).getString("code")).isEqualTo("J20.9");
        assertThat(record.json().getString("actualStart")).isNotNull();
        assertThat(record.json().getString("actualEnd")).isNotNull();
        assertThat(api(HOUSE).post("/bookings/" + id + "/cancel", "{\"reason\":\"late\"}").status()).isEqualTo(409);

        // the calendar consumer follows the booking to its end
        Instant starts = Instant.parse(booked.json().getString("startsAt"));
        assertThat(eventually(Duration.ofSeconds(30), () -> api(HOUSE).get("/calendar?from=" + starts.minusSeconds(60)
                + "&to=" + starts.plusSeconds(60)).body().contains("\"status\":\"COMPLETED\""))).isTrue();
        assertThat(Database.count("select count(*) from calendar_entry where booking_id = ?", UUID.fromString(id)))
                .isEqualTo(1);
    }

    @Test
    void scheduleException_blocksItsSlots_andNamesTheBookingsInside() {
        ApiClient.Reply created = api(ADMIN).post("/doctors", ConsultationFixtures.doctor(UUID.randomUUID().toString(),
                "Dr Leave", "neurology", "en", "70.00", "4.0", 51.5, -0.1, 30));
        String doctor = created.json().getString("id");
        assertThat(api(ADMIN).put("/doctors/" + doctor + "/schedule", ConsultationFixtures.allDay(1)).status()).isEqualTo(200);
        LocalDate day = LocalDate.now(LONDON).plusDays(2);
        List<JsonObject> slots = api(ALICE).get("/doctors/" + doctor + "/slots?from=" + day).array()
                .getValuesAs(JsonObject.class);
        assertThat(slots).hasSize(47); // 00:00 to 23:59 in half hours
        String booked = slots.get(2).getString("id");
        assertThat(book(ALICE, booked, alice, null).status()).isEqualTo(201);

        Instant leaveFrom = day.atStartOfDay(LONDON).toInstant();
        ApiClient.Reply leave = api(ADMIN).post("/doctors/" + doctor + "/exceptions", """
                {"startsAt":"%s","endsAt":"%s","reason":"training day"}""".formatted(leaveFrom,
                leaveFrom.plus(Duration.ofHours(3))));
        assertThat(leave.status()).as(leave.toString()).isEqualTo(200);
        assertThat(leave.json().getInt("bookingsInBlockedPeriod")).isEqualTo(1);
        assertThat(api(ALICE).get("/doctors/" + doctor + "/slots?from=" + day).array()).hasSize(47 - 6);
        ApiClient.Reply blocked = book(ALICE, slots.get(4).getString("id"), alice, null);
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(api(HOUSE).post("/doctors/" + doctor + "/exceptions", """
                {"startsAt":"%s","endsAt":"%s","reason":"not mine"}""".formatted(leaveFrom, leaveFrom.plusSeconds(60)))
                .status()).isEqualTo(403);
        assertThat(api(ADMIN).post("/doctors/" + doctor + "/exceptions", """
                {"startsAt":"%s","endsAt":"%s","reason":"backwards"}""".formatted(leaveFrom, leaveFrom.minusSeconds(60)))
                .status()).isEqualTo(422);
    }

    @Test
    void calendarConsumer_appliesEachEventOnce_andIgnoresOlderOnes() throws Exception {
        UUID booking = UUID.randomUUID();
        String doctor = TestStack.tokens().subjectOf(HOUSE);
        Instant starts = Instant.now().plus(Duration.ofDays(3));
        UUID cancelled = UUID.randomUUID();
        String cancel = event(cancelled, "booking.cancelled", booking, doctor, starts, Instant.now());
        Broker.send(CALENDAR_QUEUE, cancel, Map.of("eventId", cancelled.toString(), "eventType", "booking.cancelled"));
        Broker.send(CALENDAR_QUEUE, cancel, Map.of("eventId", cancelled.toString(), "eventType", "booking.cancelled"));
        UUID older = UUID.randomUUID();
        Broker.send(CALENDAR_QUEUE, event(older, "booking.booked", booking, doctor, starts, Instant.now().minusSeconds(60)),
                Map.of("eventId", older.toString(), "eventType", "booking.booked"));

        assertThat(eventually(Duration.ofSeconds(30), () -> processed(cancelled) == 1 && processed(older) == 1)).isTrue();
        Thread.sleep(2000);
        assertThat(processed(cancelled)).isEqualTo(1);
        assertThat(Database.count("select count(*) from calendar_entry where booking_id = ?", booking)).isEqualTo(1);
        assertThat(Database.count("select count(*) from calendar_entry where booking_id = ? and status = 'CANCELLED'",
                booking)).isEqualTo(1);
    }

    @Test
    void calendar_isTheDoctorsOwn() {
        Instant from = Instant.now();
        assertThat(api(ALICE).get("/calendar?from=" + from + "&to=" + from.plusSeconds(86400)).status()).isEqualTo(403);
        assertThat(api(HOUSE).get("/calendar?from=" + from).status()).isEqualTo(400);
        // Grey has bookings of his own (GdprAcrossContextsIT), never those of House's patients
        ApiClient.Reply grey = api(GREY).get("/calendar?from=" + from + "&to=" + from.plus(Duration.ofDays(30)));
        assertThat(grey.status()).isEqualTo(200);
        assertThat(grey.body()).doesNotContain(alice, patientIdOf(BOB));
    }

    private static long processed(UUID eventId) {
        return Database.count("select count(*) from processed_message where consumer = 'consultations.calendar' "
                + "and message_key = ?", eventId.toString());
    }

    private static String event(UUID eventId, String type, UUID booking, String doctor, Instant starts, Instant at) {
        return """
                {"eventId":"%s","type":"%s","bookingId":"%s","patientId":"%s","recipients":[],"doctorSubject":"%s",
                 "startsAt":"%s","facilityZone":"Europe/London","occurredAt":"%s"}"""
                .formatted(eventId, type, booking, UUID.randomUUID(), doctor, starts, at);
    }

    static ApiClient.Reply book(String user, String slotId, String patientId, String key) {
        ApiClient client = api(user);
        if (key != null) {
            client.header("Idempotency-Key", key);
        }
        return client.post("/bookings", "{\"slotId\":\"" + slotId + "\",\"patientId\":\"" + patientId + "\"}");
    }

    /** A well-behaved client: on 503 it waits as told and tries again. */
    private static int bookRetryingWhenBusy(String user, String slot, String patient) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int status = book(user, slot, patient, null).status();
            if (status != 503) {
                return status;
            }
            Thread.sleep(100 + (long) (Math.random() * 200));
        }
        return 503;
    }
}
