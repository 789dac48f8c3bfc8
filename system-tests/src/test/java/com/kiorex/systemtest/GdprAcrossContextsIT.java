package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.LAB;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * GDPR across the contexts: the export holds what consultations, labs, notifications and
 * prescriptions keep about the patient (and nothing of anyone else), and erasure anonymises it in
 * each of them, in one transaction, while coded facts and the audit trail stay. Erin and Olga are
 * registered at the front desk for accounts nobody signs in with, so erasing Erin touches no other
 * test's data; Olga's data must come through Erin's erasure unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GdprAcrossContextsIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SECTIONS_IN_ORDER = "consultations,labs,notifications,prescriptions";
    private static final String BREAK_GLASS = "X-Access-Reason";
    /** The erasure's time, for the patient named by the statement's next parameter. */
    private static final String ERASED_AT = "(select erased_at from patient where public_id = ?)";

    private static String grey;
    private static final List<String> farSlots = new ArrayList<>();
    private static String soonSlot;
    private static Seeded erin;
    private static Seeded olga;

    /** What was made for one patient: ids to find in the export and to check after the erasure. */
    record Seeded(String patientId, String account, String email, String completedBooking, String liveBooking,
                  String liveSlot, String cancelledBooking, String prescription, String receivedOrder,
                  String openOrder) {
    }

    @BeforeAll
    static void twoPatientsWithDataInEveryContext() {
        grey = ConsultationFixtures.doctorProfileOf(GREY);
        ApiClient.Reply schedule = api(GREY).put("/doctors/" + grey + "/schedule", ConsultationFixtures.allDay(1));
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(LONDON);
        Instant now = Instant.now();
        for (JsonObject slot : api(GREY).get("/doctors/" + grey + "/slots?from=" + today + "&to=" + today.plusDays(5))
                .array().getValuesAs(JsonObject.class)) {
            Instant starts = Instant.parse(slot.getString("startsAt"));
            if (starts.isAfter(now.plus(Duration.ofHours(30)))) {
                farSlots.add(slot.getString("id"));
            } else if (soonSlot == null && starts.isAfter(now.plus(Duration.ofMinutes(1)))
                    && starts.isBefore(now.plus(Duration.ofMinutes(29)))) {
                soonSlot = slot.getString("id"); // inside the start window: the consultation can take place now
            }
        }
        assertThat(soonSlot).as("a free slot of Dr Grey starting within 30 minutes").isNotNull();
        assertThat(farSlots).hasSizeGreaterThan(10);
        erin = seed("Erin", soonSlot);
        olga = seed("Olga", null);
        awaitNotifications(erin);
        awaitNotifications(olga);
    }

    @Test
    @Order(1)
    void export_holdsEveryContextsSection_withThePatientsData_andNoneOfAnotherPatient() {
        ApiClient.Reply reply = api(ADMIN).header(BREAK_GLASS, "GDPR access request 7").get(exportOf(erin));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject sections = reply.json().getJsonObject("sections");
        assertThat(String.join(",", sections.keySet())).isEqualTo(SECTIONS_IN_ORDER);

        JsonObject consultations = sections.getJsonObject("consultations");
        assertThat(ids(consultations.getJsonArray("bookings"), "id"))
                .containsExactlyInAnyOrder(erin.completedBooking, erin.liveBooking, erin.cancelledBooking);
        assertThat(consultations.getJsonArray("bookings").toString()).contains("her husband is in hospital");
        JsonObject record = consultations.getJsonArray("records").getJsonObject(0);
        assertThat(record.getString("subjective")).isEqualTo("cough since the night shift at the bakery");
        assertThat(record.getJsonArray("diagnoses").getJsonObject(0).getString("code")).isEqualTo("J20.9");
        assertThat(ids(consultations.getJsonArray("bookingRequests"), "idempotencyKey"))
                .containsExactly(idempotencyKey(erin.patientId));
        assertThat(ids(consultations.getJsonArray("careRelationships"), "doctorId")).containsExactly(grey);

        JsonObject labs = sections.getJsonObject("labs");
        assertThat(ids(labs.getJsonArray("orders"), "id")).containsExactlyInAnyOrder(erin.receivedOrder, erin.openOrder);
        assertThat(ids(labs.getJsonArray("orders"), "homeAddress")).containsOnly("4 Privet Drive, Little Whinging");
        JsonObject potassium = labs.getJsonArray("results").getJsonObject(0);
        assertThat(potassium.getString("loinc")).isEqualTo("2823-3");
        assertThat(potassium.getString("value")).isEqualTo("5.6");
        assertThat(potassium.getString("interpretation")).isEqualTo("H");
        assertThat(ids(labs.getJsonArray("reviewItems"), "patientRef")).containsExactly(erin.patientId);

        JsonObject notifications = sections.getJsonObject("notifications");
        assertThat(notifications.getJsonObject("preferences").getString("email")).isEqualTo(erin.email);
        assertThat(notifications.getJsonObject("preferences").getJsonObject("quietHours").getString("zone"))
                .isEqualTo("Europe/London");
        assertThat(notifications.getJsonArray("notifications").toString())
                .contains("booking:" + erin.liveBooking, "booking.reminder-24h");
        assertThat(notifications.getJsonArray("inbox")).isNotEmpty();

        JsonObject prescription = sections.getJsonObject("prescriptions").getJsonArray("prescriptions").getJsonObject(0);
        assertThat(prescription.getJsonObject("prescription").getString("id")).isEqualTo(erin.prescription);
        assertThat(prescription.getString("pdfBase64")).startsWith("JVBER"); // "%PDF"

        assertThat(reply.body()).doesNotContain(olga.patientId, olga.account, olga.email, olga.liveBooking,
                olga.prescription, olga.openOrder, olga.receivedOrder);
    }

    @Test
    @Order(2)
    void export_andErasure_areRefusedToEveryoneElse() {
        assertThat(api(ALICE).get(exportOf(erin)).status()).isEqualTo(403);
        assertThat(api(GREY).get(exportOf(erin)).status()).as("her doctor, but not a GDPR request").isEqualTo(403);
        assertThat(api(ADMIN).get(exportOf(erin)).status()).as("an administrator states a reason").isEqualTo(403);
        assertThat(TestStack.api().get(exportOf(erin)).status()).isEqualTo(401);
        assertThat(api(GREY).post(erasureOf(erin), "").status()).isEqualTo(403);
        assertThat(api(ALICE).post(erasureOf(erin), "").status()).isEqualTo(403);
        assertThat(TestStack.api().post(erasureOf(erin), "").status()).isEqualTo(401);
        assertThat(Database.text("select status from patient where public_id = ?", UUID.fromString(erin.patientId)))
                .isEqualTo("ACTIVE");
    }

    @Test
    @Order(3)
    void erasure_removesFreeTextAndAddressesEverywhere_stopsWhatIsLive_andKeepsCodedFactsAndTheAudit() {
        UUID id = UUID.fromString(erin.patientId);
        String olgaBefore = fingerprint(olga);
        long olgaInbox = Database.count("select count(*) from inbox_message where account_subject = ?", olga.account);
        long auditBefore = Database.count("select count(*) from audit_event where patient_id = ?", id);
        String queuedOfErin = "select count(*) from notification_delivery d join notification n "
                + "on n.id = d.notification_id where (n.patient_id = ? or n.recipient_subject = ?) and d.status = 'QUEUED'";
        assertThat(Database.count(queuedOfErin, id, erin.account)).as("her reminders wait").isPositive();

        ApiClient.Reply erased = api(ADMIN).post(erasureOf(erin), "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(api(ADMIN).post(erasureOf(erin), "").status()).isEqualTo(409);

        // consultations: the live booking cancelled, free text gone, codes and times kept, keys forgotten
        assertThat(bookingColumn(erin.liveBooking, "status || ':' || cancel_reason"))
                .isEqualTo("CANCELLED:patient record erased");
        assertThat(bookingColumn(erin.cancelledBooking, "cancel_reason")).isEqualTo("(erased)");
        assertThat(bookingColumn(erin.completedBooking, "concat(subjective, objective, assessment, plan, meeting_link)"))
                .isEmpty();
        assertThat(bookingColumn(erin.completedBooking, "status || ':' || (actual_start is not null)"))
                .isEqualTo("COMPLETED:true");
        assertThat(Database.text("select d.code || ' ' || d.display from booking_diagnosis d join booking b "
                + "on b.id = d.booking_id where b.public_id = ?", UUID.fromString(erin.completedBooking)))
                .isEqualTo("J20.9 ICD-10 J20.9");
        assertThat(Database.count("select count(*) from booking_request_key k join booking b on b.public_id = "
                + "k.booking_id where b.patient_id = ?", id)).isZero();
        assertThat(eventually(Duration.ofSeconds(30), () -> "CANCELLED".equals(Database.text(
                "select status from calendar_entry where booking_id = ?", UUID.fromString(erin.liveBooking)))))
                .as("the cancellation reached the doctor's calendar").isTrue();

        // prescriptions: the active one cancelled, its PDF gone, its coded item kept
        assertThat(Database.text("select status || ':' || cancel_reason from prescription where public_id = ?",
                UUID.fromString(erin.prescription))).isEqualTo("CANCELLED:patient record erased");
        assertThat(Database.count("select count(*) from prescription_document d join prescription p "
                + "on p.id = d.prescription_id where p.patient_id = ?", id)).isZero();
        assertThat(Database.text("select string_agg(i.atc_code, ',') from prescription_item i join prescription p "
                + "on p.id = i.prescription_id where p.patient_id = ?", id)).isEqualTo("J01CA04");

        // labs: the open order cancelled, no addresses, results kept, the review item's raw value gone
        assertThat(Database.text("select string_agg(collection_status || ':' || coalesce(home_address, '-') || ':' "
                + "|| (erased_at is not null), ',' order by id) from lab_order where patient_id = ?", id))
                .isEqualTo("RECEIVED_AT_LAB:-:true,CANCELLED:-:true");
        assertThat(Database.text("select string_agg(loinc || '=' || value_text || ' ' || interpretation, ',') "
                + "from lab_observation where patient_id = ?", id)).isEqualTo("2823-3=5.6 H");
        assertThat(Database.text("select status || ':' || coalesce(value_text, '-') || ':' || resolution "
                + "from lab_review_item where patient_ref = ?", erin.patientId)).isEqualTo("DISMISSED:-:patient record erased");

        // notifications: preferences gone, nothing left queued, the inbox emptied
        assertThat(Database.count("select count(*) from notification_preference where account_subject = ?",
                erin.account)).isZero();
        assertThat(Database.count(queuedOfErin + " and n.created_at <= " + ERASED_AT, id, erin.account, id)).isZero();
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ? "
                + "or (patient_id = ? and created_at <= " + ERASED_AT + ")", erin.account, id, id)).isZero();
        // the doctor is told of the cancellation; Erin's account is told nothing any more
        assertThat(eventually(Duration.ofSeconds(30), () -> Database.count("select count(*) from notification "
                + "where recipient_subject = ? and subject_ref = ? and template = 'booking.cancelled'",
                TestStack.tokens().subjectOf(GREY), "booking:" + erin.liveBooking) == 1)).isTrue();
        assertThat(Database.count("select count(*) from notification where recipient_subject = ? and created_at > "
                + ERASED_AT, erin.account, id)).isZero();

        // the audit trail stays and grows; Olga's data is as it was, and Erin's slot is free again
        assertThat(Database.count("select count(*) from audit_event where patient_id = ?", id))
                .isGreaterThan(auditBefore);
        assertThat(Database.count("select count(*) from audit_event where patient_id = ? and action = 'ERASE' "
                + "and outcome = 'SUCCESS'", id)).isEqualTo(1);
        assertThat(fingerprint(olga)).isEqualTo(olgaBefore);
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ?", olga.account))
                .isGreaterThanOrEqualTo(olgaInbox);
        assertThat(book(erin.liveSlot, olga.patientId, null).status()).as("Erin's slot is bookable again")
                .isEqualTo(201);
    }

    @Test
    @Order(4)
    void aFamilyMembersExport_coversThatMembersData_only() {
        String bob = patientIdOf(BOB);
        ApiClient.Reply added = api(BOB).post("/patients/" + bob + "/family-members", """
                {"relationship":"child","person":{"givenName":"Fay","familyName":"Tester","birthDate":"2016-04-04"}}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String fay = added.json().getString("id");
        ApiClient.Reply booked = api(BOB).post("/bookings", bookingBody(farSlot(), fay));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String booking = booked.json().getString("id");
        assertThat(eventually(Duration.ofSeconds(120), () -> Database.count(
                "select count(*) from notification where patient_id = ?", UUID.fromString(fay)) > 0))
                .as("the confirmation to the account holder, about Fay").isTrue();

        ApiClient.Reply reply = api(BOB).get("/patients/" + fay + "/export");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject sections = reply.json().getJsonObject("sections");
        JsonArray bookings = sections.getJsonObject("consultations").getJsonArray("bookings");
        assertThat(ids(bookings, "id")).containsExactly(booking);
        assertThat(ids(bookings, "patientId")).containsOnly(fay);
        JsonObject notifications = sections.getJsonObject("notifications");
        assertThat(notifications.containsKey("preferences")).as("the account holder's, not Fay's").isFalse();
        assertThat(notifications.getJsonArray("notifications").toString()).contains("booking:" + booking);
        // Bob's in-app messages about Fay, if his preferences include in-app; never his others
        assertThat(ids(notifications.getJsonArray("inbox"), "patientId")).allMatch(fay::equals);
        assertThat(reply.body()).doesNotContain("\"patientId\":\"" + bob + "\"");
        assertThat(api(ALICE).get("/patients/" + fay + "/export").status()).isEqualTo(403);
    }

    // --- set-up

    private static Seeded seed(String name, String consultationSlot) {
        String account = UUID.randomUUID().toString();
        String email = name.toLowerCase() + "-" + account.substring(0, 8) + "@demo.kiorex.local";
        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"accountUserId":"%s","patient":{"givenName":"%s","familyName":"Gdpr","birthDate":"1971-03-04",
                 "email":"%s"}}""".formatted(account, name, email));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String patient = registered.json().getString("id");
        preferences(account, email);

        String completed = consultationSlot == null ? null : consultation(consultationSlot, patient);
        String liveSlot = farSlot();
        String live = book(liveSlot, patient, idempotencyKey(patient)).json().getString("id");
        String cancelled = book(farSlot(), patient, null).json().getString("id");
        ApiClient.Reply cancel = api(ADMIN).post("/bookings/" + cancelled + "/cancel",
                "{\"reason\":\"her husband is in hospital\"}");
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);

        ApiClient.Reply prescribed = api(GREY).post("/prescriptions", PrescriptionsIT.body(patient, "J01CA04", "ORAL", 7));
        assertThat(prescribed.status()).as(prescribed.toString()).isEqualTo(201);
        String received = labOrder(patient);
        String open = labOrder(patient);
        for (String status : List.of("COLLECTED", "RECEIVED_AT_LAB")) {
            ApiClient.Reply moved = api(LAB).post("/labs/orders/" + received + "/collection",
                    "{\"status\":\"" + status + "\"}");
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        String csv = "patient_id,order_id,loinc,test_name,value,unit,reference_range,observed_at\n"
                + patient + "," + received + ",2823-3,Potassium,5.6,mmol/L,3.5-5.1,2026-11-01T08:00:00Z\n"
                + patient + "," + UUID.randomUUID() + ",2951-2,Sodium,140,mmol/L,136-145,2026-11-01T08:00:00Z\n";
        JsonObject uploaded = LabsIT.upload(LAB, "text/csv", "gdpr-" + patient + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), 201);
        LabsIT.awaitFinished(uploaded.getJsonNumber("executionId").longValue());
        return new Seeded(patient, account, email, completed, live, liveSlot, cancelled,
                prescribed.json().getJsonObject("prescription").getString("id"), received, open);
    }

    /**
     * The preferences the account would set with {@code PUT /me/notification-preferences}; written
     * directly because these accounts never sign in. Quiet hours are hours away, so nothing waits.
     */
    private static void preferences(String account, String email) {
        LocalTime quiet = LocalTime.now(LONDON).plusHours(6).withSecond(0).withNano(0);
        try (var c = Database.asApplication(); var insert = c.prepareStatement("insert into notification_preference "
                + "(account_subject, email, language, quiet_start, quiet_end, quiet_zone, channels, updated_at) "
                + "values (?, ?, 'en', ?, ?, 'Europe/London', '*=EMAIL|IN_APP', now())")) {
            insert.setString(1, account);
            insert.setString(2, email);
            insert.setObject(3, quiet);
            insert.setObject(4, quiet.plusHours(1));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String consultation(String slot, String patient) {
        String id = book(slot, patient, null).json().getString("id");
        assertThat(api(GREY).post("/bookings/" + id + "/start", "").status()).isEqualTo(200);
        ApiClient.Reply recorded = api(GREY).put("/bookings/" + id + "/record", """
                {"subjective":"cough since the night shift at the bakery","assessment":"acute bronchitis",
                 "plan":"rest","diagnoses":[{"code":"J20.9","display":"Acute bronchitis, unspecified"}]}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(api(GREY).post("/bookings/" + id + "/end", "").status()).isEqualTo(200);
        return id;
    }

    private static ApiClient.Reply book(String slot, String patient, String idempotencyKey) {
        ApiClient client = api(ADMIN);
        if (idempotencyKey != null) {
            client.header("Idempotency-Key", idempotencyKey);
        }
        ApiClient.Reply booked = client.post("/bookings", bookingBody(slot, patient));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked;
    }

    private static String idempotencyKey(String patient) {
        return "gdpr-" + patient;
    }

    private static String bookingBody(String slot, String patient) {
        return "{\"slotId\":\"" + slot + "\",\"patientId\":\"" + patient + "\"}";
    }

    private static synchronized String farSlot() {
        return farSlots.remove(0);
    }

    private static String labOrder(String patient) {
        ApiClient.Reply placed = api(GREY).post("/labs/orders",
                LabsIT.orderBody(patient, "HOME", "4 Privet Drive, Little Whinging"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().getString("id");
    }

    /**
     * Until every event about the patient has been acted on by notifications (the welcome in the
     * inbox, each booking's and lab order's last notice planned, the consultation's end seen), so that
     * nothing sent before the erasure is planned after it. Deliveries may still wait behind other
     * tests' backlog: the erasure withdraws those.
     */
    private static void awaitNotifications(Seeded s) {
        String planned = "select count(distinct template || subject_ref) from notification where recipient_subject = ? "
                + "and (template = 'booking.reminder-24h' and subject_ref like ? "
                + "or template = 'booking.cancelled' and subject_ref = ? "
                + "or template = 'lab-booking.collected' and subject_ref = ? "
                + "or template = 'lab-booking.booked' and subject_ref = ?)";
        String ended = "select count(*) from booking b join booking_notification_state n on n.booking_id = b.public_id "
                + "where b.public_id = ? and n.last_occurred_at >= b.actual_end";
        assertThat(eventually(Duration.ofSeconds(180), () -> Database.count(
                "select count(*) from inbox_message where account_subject = ?", s.account) > 0
                && Database.count(planned, s.account, "booking:" + s.liveBooking + "@%", "booking:" + s.cancelledBooking,
                "lab-order:" + s.receivedOrder, "lab-order:" + s.openOrder) == 4
                && (s.completedBooking == null || Database.count(ended, UUID.fromString(s.completedBooking)) == 1)))
                .as("notifications of " + s.patientId).isTrue();
    }

    // --- reading

    private static String exportOf(Seeded s) {
        return "/patients/" + s.patientId + "/export";
    }

    private static String erasureOf(Seeded s) {
        return "/patients/" + s.patientId + "/erasure";
    }

    private static List<String> ids(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
    }

    private static String bookingColumn(String booking, String expression) {
        return Database.text("select " + expression + " from booking where public_id = ?", UUID.fromString(booking));
    }

    /** Olga's data in every context, as one string, to compare before and after Erin's erasure. */
    private static String fingerprint(Seeded s) {
        UUID id = UUID.fromString(s.patientId);
        String fingerprint = Database.text("""
                select concat_ws(' | ',
                  (select string_agg(status || ':' || coalesce(cancel_reason, ''), ',' order by id) from booking
                    where patient_id = ?),
                  (select string_agg(status || ':' || coalesce(cancel_reason, ''), ',' order by id) from prescription
                    where patient_id = ?),
                  (select count(*) from prescription_document d join prescription p on p.id = d.prescription_id
                    where p.patient_id = ?),
                  (select string_agg(collection_status || ':' || coalesce(home_address, ''), ',' order by id)
                    from lab_order where patient_id = ?),
                  (select string_agg(value_text, ',' order by id) from lab_observation where patient_id = ?),
                  (select string_agg(status || ':' || coalesce(value_text, ''), ',' order by id) from lab_review_item
                    where patient_ref = ?),
                  (select email || quiet_zone from notification_preference where account_subject = ?),
                  (select count(*) from notification_delivery d join notification n on n.id = d.notification_id
                    where n.patient_id = ? and d.status = 'QUEUED' and d.next_attempt_at > now() + interval '1 hour'))
                """, id, id, id, id, id, s.patientId, s.account, id);
        assertThat(fingerprint).contains("BOOKED:", "ACTIVE:", "Privet Drive", "5.6", "OPEN:140", s.email);
        return fingerprint;
    }
}
