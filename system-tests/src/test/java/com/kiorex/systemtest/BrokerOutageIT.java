package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The broker goes down in the middle of 1,000 bookings and comes back: every booking the API
 * acknowledged exists exactly once, and every booking in the database (acknowledged or not) ends up
 * with exactly one calendar entry and exactly one confirmation per person told: no event of a
 * committed booking is lost, none is applied twice.
 */
class BrokerOutageIT {

    static final int BOOKINGS = 1000;

    @Test
    void bookingsDuringABrokerOutage_areKeptExactlyOnce_withExactlyOneCalendarEntryEach() throws Exception {
        String doctor = registerDoctorWithFiveMinuteSlots();
        List<String> slots = freeSlots(doctor);
        assertThat(slots).hasSizeGreaterThanOrEqualTo(BOOKINGS);
        String patient = ConsultationFixtures.patientWithoutLogin();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < BOOKINGS; i = next.getAndIncrement()) {
                    try {
                        ApiClient.Reply reply = ConsultationsIT.book(ADMIN, slots.get(i), patient, null);
                        if (reply.status() == 201) {
                            acknowledged.add(reply.json().getString("id"));
                        } else {
                            refusals.add(reply.status());
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        refusals.add(-1); // no answer: not acknowledged
                    }
                }
            });
        }
        assertThat(eventually(Duration.ofSeconds(120), () -> next.get() >= BOOKINGS / 3)).isTrue();
        int atStop = next.get();
        TestStack.get().broker().close();
        JsonObject brokerDown;
        try {
            Thread.sleep(2000);
            brokerDown = brokerCheck();
            Thread.sleep(3000);
        } finally {
            TestStack.get().broker().start(); // whatever happens, the next test class finds a broker
        }
        int atRestart = next.get();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        System.out.printf("broker outage: requests %d to %d were sent while it was down or restarting; "
                + "%d acknowledged, %d not (%s)%n", atStop, atRestart, acknowledged.size(), refusals.size(),
                refusals.stream().distinct().toList());

        assertThat(acknowledged).hasSizeGreaterThan(BOOKINGS / 3);
        // the server stayed ready (a load balancer keeps sending bookings) and said the broker was unreachable
        assertThat(brokerDown.getString("status")).as(brokerDown.toString()).isEqualTo("UP");
        assertThat(reachable(brokerDown)).as(brokerDown.toString()).isFalse();
        for (String id : acknowledged) {
            assertThat(Database.count("select count(*) from booking where public_id = ?", UUID.fromString(id)))
                    .as("booking %s", id).isEqualTo(1);
        }
        UUID doctorId = UUID.fromString(doctor);
        String inDatabase = "select count(*) from booking b join doctor d on d.id = b.doctor_id where d.public_id = ?";
        long stored = Database.count(inDatabase, doctorId);
        assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
        String withEntry = inDatabase + " and exists (select 1 from calendar_entry c where c.booking_id = b.public_id)";
        assertThat(eventually(Duration.ofSeconds(180), () -> Database.count(withEntry, doctorId) == stored))
                .as("every stored booking reaches the calendar").isTrue();
        assertThat(Database.count("select count(*) from calendar_entry c join booking b on b.public_id = c.booking_id "
                + "join doctor d on d.id = b.doctor_id where d.public_id = ?", doctorId)).isEqualTo(stored);
        AppServerCrashIT.assertEachBookingConfirmedOnce(doctorId, stored);
        AtomicReference<JsonObject> lastCheck = new AtomicReference<>();
        assertThat(eventually(Duration.ofSeconds(30), () -> {
            lastCheck.set(brokerCheck());
            return reachable(lastCheck.get());
        })).as("the broker is reported reachable again: %s", lastCheck).isTrue();
        // the stack is whole again for whoever comes next
        assertThat(eventually(Duration.ofSeconds(60), () -> ConsultationsIT.book(ADMIN, slots.get(slots.size() - 1),
                patient, null).status() == 201)).isTrue();
    }

    /** The broker's entry in the readiness report, which must answer 200 (ready) throughout. */
    static JsonObject brokerCheck() {
        return Readiness.check("broker");
    }

    private static boolean reachable(JsonObject check) {
        return Readiness.flag(check, "reachable");
    }

    static String registerDoctorWithFiveMinuteSlots() {
        ApiClient.Reply created = api(ADMIN).post("/doctors", ConsultationFixtures.doctor(UUID.randomUUID().toString(),
                "Dr Outage", "general-practice", "en", "10.00", "3.0", 51.5, -0.1, 5));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(api(ADMIN).put("/doctors/" + id + "/schedule", ConsultationFixtures.allDay(1)).status()).isEqualTo(200);
        return id;
    }

    static List<String> freeSlots(String doctor) {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        ApiClient.Reply reply = api(ADMIN).get("/doctors/" + doctor + "/slots?from=" + tomorrow + "&to=" + tomorrow.plusDays(4));
        assertThat(reply.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.array().getValuesAs(JsonObject.class).forEach(s -> ids.add(s.getString("id")));
        return ids;
    }
}
