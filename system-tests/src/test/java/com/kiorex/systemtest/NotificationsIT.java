package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.contract.NotificationRequest;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The notification pipeline end to end: booking events and notification requests put straight on the
 * broker, emails read from the real SMTP server, SMS from the local gateway peer, and what people and
 * administrators see over the API.
 */
class NotificationsIT {

    private static final String PARIS = "Europe/Paris";
    /**
     * Requests in these tests are about a subject no deployed context owns, so the delivery mechanics
     * (retries, quiet hours, withdrawal) are tested on their own: a real lab observation's owner would
     * withdraw a request for an observation that does not exist. LabsIT covers the real critical value.
     */
    private static final String UNOWNED_REF = "test-notice:";

    @Test
    void aLabOrder_tellsThePatientOnce_withoutNamingTheTests() throws Exception {
        String email = unique("alice-lab") + "@demo.kiorex.local";
        putPreferences(ALICE, "{\"email\":\"%s\",\"language\":\"en\",\"channels\":{\"*\":[\"EMAIL\",\"IN_APP\"]}}"
                .formatted(email));
        String alice = Fixtures.patientIdOf(ALICE);
        Fixtures.assignCareTeam(alice, HOUSE, "doctor");

        String order = LabsIT.placeOrder(alice);

        assertThat(eventually(Duration.ofSeconds(30), () -> mailsTo(email).size() == 1))
                .as("the lab booking notice reaches the patient's email").isTrue();
        MimeMessage mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Lab appointment booked");
        assertThat(mail.getContent().toString()).doesNotContainIgnoringCase("glucose");
        assertThat(Database.count("select count(*) from notification where subject_ref = ?", "lab-order:" + order))
                .isEqualTo(1);
    }

    @Test
    void bookedEvent_sendsExactlyOneEmail_evenWhenTheEventArrivesTwice() throws Exception {
        String email = unique("alice") + "@demo.kiorex.local";
        putPreferences(ALICE, "{\"email\":\"%s\",\"language\":\"en\",\"channels\":{\"*\":[\"EMAIL\",\"IN_APP\"]}}"
                .formatted(email));
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        BookingEvent booked = booking(BookingEvent.BOOKED, UUID.randomUUID(), subject(ALICE), startsAt, Instant.now());

        sendTwice(booked);

        assertThat(eventually(Duration.ofSeconds(30), () -> mailsTo(email).size() == 1)).isTrue();
        Thread.sleep(5000); // two more dispatcher ticks: a second email would have gone by now
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Appointment confirmed");
        String local = startsAt.atZone(java.time.ZoneId.of(PARIS)).toLocalTime().toString();
        assertThat(mail.getContent().toString()).contains(local).contains(PARIS);
        String deliveryId = deliveryId(booked.bookingId(), subject(ALICE), BookingEvent.BOOKED, "EMAIL");
        assertThat(mail.getMessageID()).isEqualTo("<" + deliveryId + "@notifications.kiorex>");

        // the person sees it with each channel's status; reminders wait for their time
        JsonObject mine = find(api(ALICE).get("/me/notifications?size=100").json(), booked.bookingId(), BookingEvent.BOOKED);
        assertThat(statuses(mine)).containsEntry("EMAIL", "SENT").containsEntry("IN_APP", "DELIVERED");
        assertThat(reminders(booked.bookingId(), "QUEUED")).containsExactlyInAnyOrder(
                "booking.reminder-24h@" + startsAt.minus(24, ChronoUnit.HOURS),
                "booking.reminder-1h@" + startsAt.minus(1, ChronoUnit.HOURS));
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ? and kind = 'NOTIFICATION'"
                + " and title = 'Appointment confirmed'", subject(ALICE))).isGreaterThanOrEqualTo(1);
        // the doctor is told as well (no address known here: in-app only)
        assertThat(eventually(Duration.ofSeconds(20), () -> deliveryCount(booked.bookingId(), subject(HOUSE),
                BookingEvent.BOOKED, "IN_APP", "DELIVERED") == 1)).isTrue();
    }

    @Test
    void cancellation_withdrawsTheReminders_andAStaleBookedDoesNotBringThemBack() {
        String person = UUID.randomUUID().toString();
        UUID bookingId = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(5, ChronoUnit.DAYS);
        Instant bookedAt = Instant.now().minusSeconds(60);
        BookingEvent booked = booking(BookingEvent.BOOKED, bookingId, person, startsAt, bookedAt);
        send(booked);
        assertThat(eventually(Duration.ofSeconds(30), () -> reminders(bookingId, "QUEUED").size() == 2)).isTrue();

        send(booking(BookingEvent.CANCELLED, bookingId, person, startsAt, Instant.now()));
        assertThat(eventually(Duration.ofSeconds(30), () -> reminders(bookingId, "WITHDRAWN").size() == 2)).isTrue();
        assertThat(reminders(bookingId, "QUEUED")).isEmpty();
        assertThat(eventually(Duration.ofSeconds(20), () -> deliveryCount(bookingId, person, BookingEvent.CANCELLED,
                "IN_APP", "DELIVERED") == 1)).isTrue();

        // the booking event redelivered late under another id (older than the cancellation): no effect
        send(booking(BookingEvent.BOOKED, bookingId, person, startsAt, bookedAt.plusSeconds(1)));
        String marker = booking(BookingEvent.BOOKED, UUID.randomUUID(), person, startsAt, Instant.now()).toJson();
        Broker.send(BookingEvent.NOTIFICATIONS_QUEUE, marker, Map.of("eventId", UUID.randomUUID().toString(),
                "eventType", BookingEvent.BOOKED));
        assertThat(eventually(Duration.ofSeconds(30), () -> Database.count("select count(*) from notification "
                + "where recipient_subject = ? and subject_ref <> ?", person, "booking:" + bookingId) >= 1)).isTrue();
        assertThat(reminders(bookingId, "QUEUED")).isEmpty();
        assertThat(Database.count("select count(*) from notification where subject_ref = ? and template = ? "
                + "and recipient_subject = ?", "booking:" + bookingId, BookingEvent.BOOKED, person)).isEqualTo(1);
    }

    @Test
    void reschedule_movesTheReminders_andTellsBothTimes() {
        String person = UUID.randomUUID().toString();
        UUID bookingId = UUID.randomUUID();
        Instant first = Instant.parse("2030-03-04T08:00:00Z");
        Instant moved = Instant.parse("2030-03-06T13:30:00Z");
        send(booking(BookingEvent.BOOKED, bookingId, person, first, Instant.now().minusSeconds(30)));
        assertThat(eventually(Duration.ofSeconds(30), () -> reminders(bookingId, "QUEUED").size() == 2)).isTrue();

        send(new BookingEvent(UUID.randomUUID(), BookingEvent.RESCHEDULED, bookingId, UUID.randomUUID(),
                List.of(person), subject(HOUSE), moved, first, PARIS, Instant.now()));

        assertThat(eventually(Duration.ofSeconds(30), () -> reminders(bookingId, "QUEUED").equals(List.of(
                "booking.reminder-1h@2030-03-06T12:30:00Z", "booking.reminder-24h@2030-03-05T13:30:00Z")))).isTrue();
        assertThat(reminders(bookingId, "WITHDRAWN")).containsExactlyInAnyOrder(
                "booking.reminder-1h@2030-03-04T07:00:00Z", "booking.reminder-24h@2030-03-03T08:00:00Z");
        assertThat(eventually(Duration.ofSeconds(20), () -> strings("select body from inbox_message where "
                + "account_subject = ? and title = 'Appointment moved'", person).size() == 1)).isTrue();
        assertThat(strings("select body from inbox_message where account_subject = ? and title = 'Appointment moved'",
                person).get(0)).isEqualTo("Your appointment on March 4, 2030 at 09:00 has moved to March 6, 2030 "
                + "at 14:30 (Europe/Paris).");
    }

    @Test
    void withdrawalRequest_withdrawsEveryPendingNotificationOfItsCorrelation() {
        String person = UUID.randomUUID().toString();
        String correlation = "lab-order:" + UUID.randomUUID();
        UUID later = UUID.randomUUID();
        NotificationRequest request = new NotificationRequest(later, person, "lab.critical-value",
                UNOWNED_REF + UUID.randomUUID(), correlation, Instant.now().plus(1, ChronoUnit.DAYS), false);
        Broker.send(NotificationRequest.QUEUE, request.toJson(), Map.of("eventId", later.toString(),
                "eventType", NotificationRequest.REQUESTED));
        assertThat(eventually(Duration.ofSeconds(30), () -> Database.count("select count(*) from notification_delivery d "
                + "join notification n on n.id = d.notification_id where n.source_key = ? and d.status = 'QUEUED'",
                later.toString()) == 1)).isTrue();

        Broker.send(NotificationRequest.QUEUE, NotificationRequest.withdrawalJson(correlation),
                Map.of("eventId", UUID.randomUUID().toString(), "eventType", NotificationRequest.WITHDRAWN));
        assertThat(eventually(Duration.ofSeconds(30), () -> Database.count("select count(*) from notification_delivery d "
                + "join notification n on n.id = d.notification_id where n.source_key = ? and d.status = 'WITHDRAWN' "
                + "and n.status = 'WITHDRAWN'", later.toString()) == 1)).isTrue();
    }

    /** Reported, not asserted beyond "it drains": how fast a backlog of booking events is worked off. */
    @Test
    void aBacklogOfBookingEvents_isWorkedOff() {
        int events = 100;
        String doctor = UUID.randomUUID().toString();
        Instant begin = Instant.now();
        for (int i = 0; i < events; i++) {
            BookingEvent event = new BookingEvent(UUID.randomUUID(), BookingEvent.BOOKED, UUID.randomUUID(),
                    UUID.randomUUID(), List.of(UUID.randomUUID().toString()), doctor,
                    Instant.now().plus(3, ChronoUnit.DAYS), null, PARIS, Instant.now());
            send(event);
        }
        Instant sent = Instant.now();
        assertThat(eventually(Duration.ofSeconds(180), () -> Database.count("select count(*) from notification n "
                + "join notification_delivery d on d.notification_id = n.id where n.recipient_subject = ? "
                + "and d.status = 'DELIVERED'", doctor) == events)).isTrue();
        Duration took = Duration.between(begin, Instant.now());
        System.out.printf("NOTIFICATIONS BACKLOG: %d booking events (%d deliveries sent, %d reminders queued) "
                        + "put on the queue in %d ms, all confirmations delivered in-app %d ms after the first send%n",
                events, 2 * events, 2 * events, Duration.between(begin, sent).toMillis(), took.toMillis());
    }

    /**
     * BOOKED and CANCELLED of the same booking arriving together (a relay working off its backlog after
     * an outage), 30 bookings, every other pair in the opposite order: the consumer's two sessions take
     * them at the same moment. Each booking ends cancelled with one cancellation notice and no reminder,
     * and no message was refused: the database never turned down a second state row for a booking (which
     * would roll the event back for redelivery) and nothing went to the dead-letter queue.
     */
    @Test
    void bookedAndCancelledArrivingTogether_endCancelled_withNothingRefusedOrDeadLettered() throws IOException {
        long refusedBefore = refusedStateRows();
        String person = UUID.randomUUID().toString();
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<UUID> bookings = new ArrayList<>();
        List<Broker.Text> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID bookingId = UUID.randomUUID();
            Instant bookedAt = Instant.now().minusSeconds(60);
            BookingEvent booked = booking(BookingEvent.BOOKED, bookingId, person, startsAt, bookedAt);
            BookingEvent cancelled = booking(BookingEvent.CANCELLED, bookingId, person, startsAt, bookedAt.plusSeconds(30));
            (i % 2 == 0 ? List.of(booked, cancelled) : List.of(cancelled, booked)).forEach(e -> events.add(text(e)));
            bookings.add(bookingId);
        }
        String eventIds = events.stream().map(e -> "'" + e.properties().get("eventId") + "'")
                .collect(java.util.stream.Collectors.joining(","));

        Broker.sendAll(BookingEvent.NOTIFICATIONS_QUEUE, events);

        assertThat(eventually(Duration.ofSeconds(90), () -> Database.count("select count(*) from processed_message "
                + "where consumer = 'notifications.booking-events' and message_key in (" + eventIds + ")")
                == events.size())).as("every event processed").isTrue();
        for (UUID bookingId : bookings) {
            assertThat(reminders(bookingId, "QUEUED")).as("reminders of a cancelled booking").isEmpty();
            assertThat(notices(bookingId, person, BookingEvent.CANCELLED)).isEqualTo(1);
            assertThat(notices(bookingId, person, BookingEvent.BOOKED)).isLessThanOrEqualTo(1);
        }
        assertThat(Broker.count("DLQ", "eventId IN (" + eventIds + ")")).as("dead-lettered").isZero();
        assertThat(refusedStateRows()).as("state rows the database refused as duplicates").isEqualTo(refusedBefore);
    }

    /**
     * Reported, not asserted beyond "each sent exactly once": how fast the dispatcher works off a wave of
     * deliveries that all fall due at the same moment (a hospital's 07:00 reminders), by email through
     * the SMTP server and in-app. The wave is planned for tomorrow, then brought forward to now at once.
     */
    @Test
    void aWaveOfDeliveriesFallingDueTogether_isSentExactlyOnceEach() throws Exception {
        int people = 1000;
        String wave = unique("wave");
        List<Broker.Text> requests = new ArrayList<>();
        try (Connection c = Database.asApplication(); PreparedStatement p = c.prepareStatement(
                "insert into notification_preference (account_subject, email, updated_at) values (?, ?, now())")) {
            for (int i = 0; i < people; i++) {
                p.setString(1, wave + "-" + i);
                p.setString(2, wave + "-" + i + "@demo.kiorex.local");
                p.addBatch();
                UUID id = UUID.randomUUID();
                requests.add(new Broker.Text(new NotificationRequest(id, wave + "-" + i, "lab.critical-value",
                        UNOWNED_REF + UUID.randomUUID(), null, Instant.now().plus(1, ChronoUnit.DAYS), false).toJson(),
                        Map.of("eventId", id.toString(), "eventType", NotificationRequest.REQUESTED)));
            }
            p.executeBatch();
        }
        Broker.sendAll(NotificationRequest.QUEUE, requests);
        String ofTheWave = "from notification_delivery d join notification n on n.id = d.notification_id "
                + "where n.recipient_subject like '" + wave + "-%'";
        assertThat(eventually(Duration.ofSeconds(120), () -> Database.count("select count(*) " + ofTheWave
                + " and d.status = 'QUEUED'") == 2L * people)).as("the wave is planned").isTrue();

        Instant due = Instant.now();
        Database.update("update notification_delivery set next_attempt_at = now() where id in (select d.id "
                + ofTheWave + ")");
        assertThat(eventually(Duration.ofSeconds(600), () -> Database.count("select count(*) " + ofTheWave
                + " and d.status in ('SENT', 'DELIVERED')") == 2L * people)).as("the wave is sent").isTrue();
        Duration took = Duration.between(due, Instant.now());

        assertThat(Database.count("select count(*) " + ofTheWave + " and d.attempts <> 1")).isZero();
        Map<String, Long> mails = TestStack.get().mail().received().stream().map(NotificationsIT::to)
                .filter(to -> to.startsWith(wave + "-"))
                .collect(java.util.stream.Collectors.groupingBy(to -> to, java.util.stream.Collectors.counting()));
        assertThat(mails).hasSize(people).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1L));
        System.out.printf("NOTIFICATIONS WAVE: %d deliveries (%d email over SMTP, %d in-app) due at once, all sent "
                        + "%d ms later: %.0f deliveries/s; load average %s%n", 2 * people, people, people,
                took.toMillis(), 2000.0 * people / took.toMillis(), loadAverage());
    }

    @Test
    void sms_reachesTheGateway_andItsSignedReceiptMarksItDelivered() throws Exception {
        String phone = uniquePhone();
        String pushToken = unique("device");
        putPreferences(BOB, "{\"phone\":\"%s\",\"pushToken\":\"%s\",\"channels\":{\"booking.booked\":[\"SMS\",\"PUSH\"]}}"
                .formatted(phone, pushToken));
        BookingEvent booked = booking(BookingEvent.BOOKED, UUID.randomUUID(), subject(BOB),
                Instant.now().plus(2, ChronoUnit.DAYS), Instant.now());
        send(booked);

        GatewayPeer gateway = TestStack.gateway();
        assertThat(eventually(Duration.ofSeconds(30), () -> gateway.callsTo(phone).size() == 1)).isTrue();
        GatewayPeer.Call call = gateway.callsTo(phone).get(0);
        assertThat(call.gateway()).isEqualTo("sms");
        assertThat(call.text()).startsWith("Kiorex: appointment confirmed for ");
        assertThat(call.idempotencyKey()).isEqualTo(call.reference());
        assertThat(gateway.unauthorised()).isZero();
        assertThat(eventually(Duration.ofSeconds(10), () -> gateway.callsTo(pushToken).size() == 1)).isTrue();
        assertThat(gateway.callsTo(pushToken).get(0).gateway()).isEqualTo("push");

        String receipt = "{\"reference\":\"" + call.reference() + "\",\"status\":\"delivered\"}";
        assertThat(callback("sms", receipt, null).statusCode()).isEqualTo(401);
        assertThat(callback("sms", receipt, sign("not-the-key", receipt)).statusCode()).isEqualTo(401);
        assertThat(callback("sms", receipt + " ", sign(GatewayPeer.KEY, receipt)).statusCode()).isEqualTo(401);
        assertThat(smsStatus(booked)).isEqualTo("SENT");
        String malformed = "{\"reference\":\"nope\"}";
        assertThat(callback("sms", malformed, sign(GatewayPeer.KEY, malformed)).statusCode()).isEqualTo(400);
        String unknown = "{\"reference\":\"" + UUID.randomUUID() + "\",\"status\":\"delivered\"}";
        assertThat(callback("sms", unknown, sign(GatewayPeer.KEY, unknown)).statusCode()).isEqualTo(404);

        assertThat(callback("sms", receipt, sign(GatewayPeer.KEY, receipt)).statusCode()).isEqualTo(204);
        assertThat(smsStatus(booked)).isEqualTo("DELIVERED");
    }

    @Test
    void failingGateway_isRetriedThenDeadLettered_visibleToAdminAndInApp_andAdminCanRetry() {
        String phone = uniquePhone();
        GatewayPeer gateway = TestStack.gateway();
        gateway.failFor(phone);
        putPreferences(GREY, "{\"phone\":\"%s\",\"channels\":{\"*\":[\"SMS\"]}}".formatted(phone));
        UUID requestId = UUID.randomUUID();
        NotificationRequest request = new NotificationRequest(requestId, subject(GREY), "lab.critical-value",
                UNOWNED_REF + UUID.randomUUID(), null, null, false);
        Broker.send(NotificationRequest.QUEUE, request.toJson(), Map.of("eventId", requestId.toString(),
                "eventType", NotificationRequest.REQUESTED));

        assertThat(eventually(Duration.ofSeconds(60), () -> failedDeliveries().stream()
                .anyMatch(d -> d.getString("recipientSubject").equals(subject(GREY))
                        && d.getString("template").equals("lab.critical-value")))).isTrue();
        assertThat(gateway.callsTo(phone)).hasSize(TestStack.NOTIFICATION_ATTEMPTS)
                .allMatch(c -> c.status() == 503);
        JsonObject failed = failedDeliveries().stream()
                .filter(d -> d.getString("recipientSubject").equals(subject(GREY))).findFirst().orElseThrow();
        assertThat(failed.getInt("attempts")).isEqualTo(TestStack.NOTIFICATION_ATTEMPTS);
        assertThat(failed.getString("lastError")).isEqualTo("gateway answered 503").doesNotContain(phone);

        JsonObject mine = api(GREY).get("/me/notifications?size=100").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(n -> n.getString("template").equals("lab.critical-value"))
                .findFirst().orElseThrow();
        assertThat(statuses(mine)).containsEntry("SMS", "FAILED");
        assertThat(api(GREY).get("/me/inbox?size=100").json().getJsonArray("items").stream()
                .anyMatch(m -> m.asJsonObject().getString("kind").equals("NOTIFICATION_FAILED"))).isTrue();

        // a patient or doctor may not see or touch the dead letters
        String id = failed.getString("id");
        assertThat(api(ALICE).get("/notifications/deliveries").status()).isEqualTo(403);
        assertThat(api(HOUSE).post("/notifications/deliveries/" + id + "/retry", "").status()).isEqualTo(403);

        gateway.stopFailingFor(phone);
        ApiClient.Reply retried = api(ADMIN).post("/notifications/deliveries/" + id + "/retry", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().getString("status")).isEqualTo("QUEUED");
        assertThat(eventually(Duration.ofSeconds(30), () -> gateway.callsTo(phone).stream()
                .anyMatch(c -> c.status() == 202))).isTrue();
        assertThat(eventually(Duration.ofSeconds(10), () -> api(ADMIN).post("/notifications/deliveries/" + id
                + "/retry", "").status() == 409)).as("only a failed delivery can be retried").isTrue();
        assertThat(api(ADMIN).post("/notifications/deliveries/" + UUID.randomUUID() + "/retry", "").status())
                .isEqualTo(404);
    }

    @Test
    void urgentRequest_goesOutInQuietHours_whileAnOrdinaryOneWaitsForTheirEnd() throws Exception {
        String email = unique("alice-quiet") + "@demo.kiorex.local";
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        putPreferences(ALICE, ("{\"email\":\"%s\",\"quietHours\":{\"start\":\"%s\",\"end\":\"%s\",\"zone\":\"UTC\"},"
                + "\"channels\":{\"*\":[\"EMAIL\"]}}").formatted(email, now.minusHours(1), now.plusHours(2)));

        UUID ordinary = request(subject(ALICE), false);
        UUID urgent = request(subject(ALICE), true);

        assertThat(eventually(Duration.ofSeconds(30), () -> mailsTo(email).size() == 1)).isTrue();
        assertThat(mailsTo(email).get(0).getSubject()).startsWith("Urgent");
        Thread.sleep(4000);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(Database.count("select count(*) from notification_delivery d join notification n "
                + "on n.id = d.notification_id where n.source_key = ? and d.status = 'QUEUED' "
                + "and d.next_attempt_at > now() + interval '100 minutes'", ordinary.toString())).isEqualTo(1);
        assertThat(Database.count("select count(*) from notification_delivery d join notification n "
                + "on n.id = d.notification_id where n.source_key = ? and d.status = 'SENT'", urgent.toString()))
                .isEqualTo(1);
    }

    @Test
    void everyoneSeesOnlyTheirOwnNotifications() {
        UUID bobsBooking = UUID.randomUUID();
        putPreferences(BOB, "{\"channels\":{\"*\":[\"IN_APP\"]}}");
        send(booking(BookingEvent.BOOKED, bobsBooking, subject(BOB), Instant.now().plus(4, ChronoUnit.DAYS),
                Instant.now()));
        assertThat(eventually(Duration.ofSeconds(30), () -> deliveryCount(bobsBooking, subject(BOB),
                BookingEvent.BOOKED, "IN_APP", "DELIVERED") == 1)).isTrue();

        assertThat(api(BOB).get("/me/notifications?size=100").body()).contains(bobsBooking.toString());
        assertThat(api(ALICE).get("/me/notifications?size=100").body()).doesNotContain(bobsBooking.toString());
        assertThat(api(HOUSE).get("/me/notifications?size=100").body())
                .as("the doctor is told of the booking, as the doctor").contains(bobsBooking.toString());
        assertThat(api(GREY).get("/me/notifications?size=100").body()).doesNotContain(bobsBooking.toString());
        assertThat(api(ALICE).get("/notifications/templates").status()).isEqualTo(403);
        assertThat(api(HOUSE).get("/notifications/deliveries").status()).isEqualTo(403);
        assertThat(TestStack.api().get("/me/notifications").status()).isEqualTo(401);
        assertThat(Database.count("select count(*) from audit_event where user_subject = ? "
                + "and resource_type = 'notification' and action = 'READ'", subject(BOB))).isPositive();
    }

    @Test
    void preferences_areValidated_andReadBackAsStored() {
        ApiClient.Reply bad = api(BOB).put("/me/notification-preferences",
                "{\"phone\":\"0123\",\"email\":\"not-an-email\",\"channels\":{\"*\":[\"FAX\"]}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(problem(bad).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("phone", "email");
        assertThat(api(BOB).put("/me/notification-preferences", "{\"channels\":{\"*\":[\"FAX\"]}}").status())
                .isEqualTo(400);
        assertThat(api(BOB).put("/me/notification-preferences",
                "{\"quietHours\":{\"start\":\"22:00\",\"end\":\"07:00\",\"zone\":\"Mars/Olympus\"}}").status())
                .isEqualTo(400);

        ApiClient.Reply ok = api(BOB).put("/me/notification-preferences", """
                {"email":"bob@demo.kiorex.local","phone":"+447700900123","language":"fr",
                 "quietHours":{"start":"22:00","end":"07:00","zone":"Europe/Paris"},
                 "channels":{"booking.booked":["SMS","EMAIL"],"*":["IN_APP"]}}""");
        assertThat(ok.status()).isEqualTo(200);
        JsonObject read = api(BOB).get("/me/notification-preferences").json();
        assertThat(read.getString("language")).isEqualTo("fr");
        assertThat(read.getJsonObject("quietHours").getString("zone")).isEqualTo("Europe/Paris");
        assertThat(read.getJsonObject("channels").getJsonArray("booking.booked").toString())
                .isEqualTo("[\"EMAIL\",\"SMS\"]");
    }

    @Test
    void templates_adminEditsAreCheckedForUnknownPlaceholders() {
        String path = "/notifications/templates/booking.no-show/fr/PUSH";
        assertThat(api(ADMIN).get("/notifications/templates").array()).hasSizeGreaterThanOrEqualTo(56);
        ApiClient.Reply unknown = api(ADMIN).put(path, "{\"subject\":\"Absent\",\"body\":\"{{ssn}} le {{date}}\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(problem(unknown).getString("detail")).contains("ssn");
        assertThat(api(ADMIN).put(path, "{\"subject\":\"\",\"body\":\"x\"}").status()).isEqualTo(400);
        assertThat(api(ALICE).put(path, "{\"subject\":\"a\",\"body\":\"b\"}").status()).isEqualTo(403);
        assertThat(api(ADMIN).put("/notifications/templates/booking.no-show/xx/PUSH",
                "{\"subject\":\"a\",\"body\":\"b\"}").status()).isEqualTo(404);

        ApiClient.Reply ok = api(ADMIN).put(path,
                "{\"subject\":\"Rendez-vous manqué\",\"body\":\"Kiorex : absent le {{date}} à {{time}}.\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().getString("body")).isEqualTo("Kiorex : absent le {{date}} à {{time}}.");
    }

    // --- helpers ---

    private static String subject(String username) {
        return TestStack.tokens().subjectOf(username);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniquePhone() {
        return "+4477009" + String.format("%07d", (long) (Math.random() * 10_000_000));
    }

    static void putPreferences(String username, String json) {
        ApiClient.Reply reply = api(username).put("/me/notification-preferences", json);
        if (reply.status() != 200) {
            throw new IllegalStateException("preferences refused: " + reply);
        }
    }

    private static BookingEvent booking(String type, UUID bookingId, String recipient, Instant startsAt,
                                        Instant occurredAt) {
        return new BookingEvent(UUID.randomUUID(), type, bookingId, UUID.randomUUID(), List.of(recipient),
                subject(HOUSE), startsAt, null, PARIS, occurredAt);
    }

    private static void send(BookingEvent event) {
        Broker.send(BookingEvent.NOTIFICATIONS_QUEUE, event.toJson(), Map.of("eventId", event.eventId().toString(),
                "eventType", event.type()));
    }

    private static void sendTwice(BookingEvent event) {
        send(event);
        send(event);
    }

    private static UUID request(String recipient, boolean urgent) {
        UUID id = UUID.randomUUID();
        NotificationRequest request = new NotificationRequest(id, recipient, "lab.critical-value",
                UNOWNED_REF + UUID.randomUUID(), null, null, urgent);
        Broker.send(NotificationRequest.QUEUE, request.toJson(), Map.of("eventId", id.toString(),
                "eventType", NotificationRequest.REQUESTED));
        return id;
    }

    private static Broker.Text text(BookingEvent event) {
        return new Broker.Text(event.toJson(), Map.of("eventId", event.eventId().toString(), "eventType", event.type()));
    }

    private static long notices(UUID bookingId, String recipient, String template) {
        return Database.count("select count(*) from notification where subject_ref = ? and recipient_subject = ? "
                + "and template = ?", "booking:" + bookingId, recipient, template);
    }

    /** How often PostgreSQL has refused a second booking state row (its log names the key). */
    private static long refusedStateRows() throws IOException {
        Path log = TestStack.get().layout().home().resolve("logs").resolve("postgres.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("booking_notification_state_pkey")).count();
        }
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).strip() : "unknown";
    }

    private static String to(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && to.length == 1 ? to[0].toString() : "";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestStack.get().mail().received()) {
            if (to(m).equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> reminders(UUID bookingId, String status) {
        return strings("select distinct n.template || '@' || to_char(d.next_attempt_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from notification n join notification_delivery d "
                + "on d.notification_id = n.id where n.correlation = ? and n.template like 'booking.reminder%' "
                + "and d.status = ? order by 1", "booking:" + bookingId, status);
    }

    private static long deliveryCount(UUID bookingId, String recipient, String template, String channel,
                                      String status) {
        return Database.count("select count(*) from notification n join notification_delivery d "
                + "on d.notification_id = n.id where n.subject_ref = ? and n.recipient_subject = ? and n.template = ? "
                + "and d.channel = ? and d.status = ?", "booking:" + bookingId, recipient, template, channel, status);
    }

    private static String deliveryId(UUID bookingId, String recipient, String template, String channel) {
        return strings("select d.public_id::text from notification n join notification_delivery d "
                + "on d.notification_id = n.id where n.subject_ref = ? and n.recipient_subject = ? "
                + "and n.template = ? and d.channel = ?", "booking:" + bookingId, recipient, template, channel).get(0);
    }

    private static String smsStatus(BookingEvent event) {
        return strings("select d.status from notification n join notification_delivery d "
                + "on d.notification_id = n.id where n.source_key = ? and d.channel = 'SMS'",
                event.eventId().toString()).get(0);
    }

    private static List<JsonObject> failedDeliveries() {
        return api(ADMIN).get("/notifications/deliveries?status=FAILED&channel=SMS&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    private static JsonObject find(JsonObject page, UUID bookingId, String template) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("subjectRef").equals("booking:" + bookingId)
                        && n.getString("template").equals(template))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> statuses(JsonObject notification) {
        Map<String, String> statuses = new java.util.HashMap<>();
        notification.getJsonArray("deliveries").forEach(v -> statuses.put(v.asJsonObject().getString("channel"),
                v.asJsonObject().getString("status")));
        return statuses;
    }

    private static List<String> strings(String sql, Object... parameters) {
        try (Connection c = Database.asApplication(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> callback(String gateway, String body, String signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.get().payara().apiUrl()
                        + "/notifications/gateway-callbacks/" + gateway))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Kiorex-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String key, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
