package com.kiorex.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Booking under contention: {@code -Dconcurrency} clients (closed model) book for {@code -Dseconds},
 * each request a random slot out of a small pool ({@code -Dslots}), so many requests race for the same
 * slot. 201 and 409 are both correct answers (503 is admission control refusing, and the client then
 * backs off for 0.5-1.5 s, as Retry-After asks); after the run the
 * slots held by more than one live booking are counted in SQL and printed (must be 0).
 */
public class BookSlotsSimulation extends Simulation {

    private static final String API = System.getProperty("kiorex.api");
    private static final String TOKEN = System.getProperty("kiorex.token");
    private static final String PATIENT = System.getProperty("kiorex.patient");
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 200);

    @Override
    public void before() {
        ConsultationsData.awaitQuiet();
    }

    private final List<String> slots = ConsultationsData.freeSeedSlots(Integer.getInteger("slots", 20_000));

    private final HttpProtocolBuilder protocol = http.baseUrl(API)
            .authorizationHeader("Bearer " + TOKEN)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final Iterator<Map<String, Object>> requests = Stream.generate(() -> Map.<String, Object>of("body",
            "{\"slotId\":\"" + slots.get(ThreadLocalRandom.current().nextInt(slots.size())) + "\",\"patientId\":\""
                    + PATIENT + "\"}")).iterator();

    /** A well-behaved client: when admission control answers 503, it waits before trying again. */
    private final ScenarioBuilder book = scenario("book slots").feed(requests)
            .exec(http("POST /bookings").post("/bookings").body(StringBody("#{body}"))
                    .check(status().saveAs("status"), status().in(201, 409)))
            .doIf(session -> session.getInt("status") == 503).then(pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    @Override
    public void after() {
        System.out.println("double bookings (slots with more than one live booking): " + ConsultationsData.doubleBookings());
    }

    {
        setUp(book.injectClosed(constantConcurrentUsers(CONCURRENCY).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol);
    }
}
