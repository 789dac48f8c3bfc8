package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.devstack.PayaraServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fault test with the real application server: {@code kill -9} of Payara in the middle of a run of
 * bookings, then a restart. Clients whose request got no answer retry it with the same
 * {@code Idempotency-Key}. Every request ends with exactly one booking, and every stored booking
 * gets exactly one calendar entry and one confirmation per person told: the outbox row committed
 * with the booking survives the crash and is relayed after the restart.
 */
class AppServerCrashIT {

    static final int BOOKINGS = 400;

    @Test
    void killNineDuringBookings_losesNoAcknowledgedBooking_andEachGetsOneConfirmation() throws Exception {
        String doctor = BrokerOutageIT.registerDoctorWithFiveMinuteSlots();
        List<String> slots = BrokerOutageIT.freeSlots(doctor);
        assertThat(slots).hasSizeGreaterThanOrEqualTo(BOOKINGS);
        String patient = ConsultationFixtures.patientWithoutLogin();

        // each client retries its request with the same Idempotency-Key until it gets an answer, as a
        // careful client does when the server vanishes: the retry must return the one booking
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        for (int c = 0; c < 3; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < BOOKINGS; i = next.getAndIncrement()) {
                    String key = UUID.randomUUID().toString();
                    for (int attempt = 0; attempt < 240; attempt++) {
                        try {
                            ApiClient.Reply reply = ConsultationsIT.book(ADMIN, slots.get(i), patient, key);
                            if (reply.status() == 201 || reply.status() == 200) {
                                acknowledged.add(reply.json().getString("id"));
                                break;
                            }
                            // a refusal from the application is problem+json; while Payara boots, its
                            // container answers 404 in HTML before the application is deployed
                            if (reply.status() < 500 && reply.contentType().startsWith("application/problem+json")) {
                                refusals.add(reply.status());
                                break;
                            }
                        } catch (UncheckedIOException | IllegalStateException e) {
                            // no answer: not acknowledged, so the client asks again
                        }
                        retries.incrementAndGet();
                        sleep(500);
                    }
                }
            });
        }
        assertThat(eventually(Duration.ofSeconds(120), () -> next.get() >= BOOKINGS / 4)).isTrue();
        PayaraServer payara = TestStack.get().payara();
        int atKill = next.get();
        payara.kill();
        payara.start();
        int atRestart = next.get();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        System.out.printf("app server crash: killed at request %d, ready again at %d; %d acknowledged, %d refused (%s), "
                + "%d retries%n", atKill, atRestart, acknowledged.size(), refusals.size(),
                refusals.stream().distinct().toList(), retries.get());

        assertThat(refusals).as("no request refused: a retry with its key returns its booking").isEmpty();
        assertThat(acknowledged).as("every request ends acknowledged, one booking each").hasSize(BOOKINGS);
        for (String id : acknowledged) {
            assertThat(Database.count("select count(*) from booking where public_id = ?", UUID.fromString(id)))
                    .as("booking %s", id).isEqualTo(1);
        }
        UUID doctorId = UUID.fromString(doctor);
        String ofDoctor = "select count(*) from booking b join doctor d on d.id = b.doctor_id where d.public_id = ?";
        long stored = Database.count(ofDoctor, doctorId);
        assertThat(stored).as("no booking without its acknowledged request").isEqualTo(BOOKINGS);
        assertThat(eventually(Duration.ofSeconds(240), () -> Database.count(ofDoctor
                + " and exists (select 1 from calendar_entry c where c.booking_id = b.public_id)", doctorId) == stored))
                .as("every stored booking reaches the calendar").isTrue();
        assertThat(Database.count("select count(*) from calendar_entry c join booking b on b.public_id = c.booking_id "
                + "join doctor d on d.id = b.doctor_id where d.public_id = ?", doctorId)).isEqualTo(stored);
        assertEachBookingConfirmedOnce(doctorId, stored);
    }

    /** Every stored booking of the doctor is confirmed, and nobody is confirmed twice for one booking. */
    static void assertEachBookingConfirmedOnce(UUID doctorId, long stored) {
        String bookingsOfDoctor = "select 'booking:' || b.public_id from booking b join doctor d on d.id = b.doctor_id "
                + "where d.public_id = ?";
        assertThat(eventually(Duration.ofSeconds(300), () -> Database.count("select count(distinct subject_ref) "
                + "from notification where template = 'booking.booked' and subject_ref in (" + bookingsOfDoctor + ")",
                doctorId) == stored)).as("every stored booking is confirmed").isTrue();
        assertThat(Database.count("select count(*) from (select subject_ref, recipient_subject from notification "
                + "where template = 'booking.booked' and subject_ref in (" + bookingsOfDoctor + ") "
                + "group by subject_ref, recipient_subject having count(*) > 1) twice", doctorId))
                .as("confirmations made twice for one person").isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
