package com.kiorex.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
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
    private static final String PATIENT = System.getProperty("kiorex.patient");
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 200);
    /** Paced mode: each client books once every so many milliseconds (200 clients at 400 ms = 500/s offered). */
    private static final Integer PACE_MILLIS = Integer.getInteger("paceMillis");

    @Override
    public void before() {
        ConsultationsData.awaitQuiet();
    }

    private final List<String> slots = ConsultationsData.freeSeedSlots(Integer.getInteger("slots", 20_000));

    private final HttpProtocolBuilder protocol = http.baseUrl(API)
            .authorizationHeader(session -> BenchTokens.bearer())
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    /** Closed mode races for random slots (201 or 409); paced mode takes each free slot once, so every answer books. */
    private final Iterator<Map<String, Object>> requests = PACE_MILLIS == null
            ? Stream.generate(() -> slots.get(ThreadLocalRandom.current().nextInt(slots.size()))).map(this::body).iterator()
            : slots.stream().map(this::body).iterator();

    private Map<String, Object> body(String slot) {
        return Map.of("body", "{\"slotId\":\"" + slot + "\",\"patientId\":\"" + PATIENT + "\"}");
    }

    /** A well-behaved client: when admission control answers 503, it waits before trying again. */
    private final ScenarioBuilder book = scenario("book slots").feed(requests)
            .exec(http("POST /bookings").post("/bookings").body(StringBody("#{body}"))
                    .check(status().saveAs("status"), status().in(201, 409)))
            .doIf(session -> session.getInt("status") == 503).then(pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    @Override
    public void after() {
        System.out.println("double bookings (slots with more than one live booking): " + ConsultationsData.doubleBookings());
    }

    private final ScenarioBuilder paced = scenario("book slots, paced")
            .during(Duration.ofSeconds(SECONDS)).on(pace(Duration.ofMillis(PACE_MILLIS == null ? 0 : PACE_MILLIS))
                    .feed(requests)
                    .exec(http("POST /bookings").post("/bookings").body(StringBody("#{body}"))
                            .check(status().is(201))));

    {
        if (PACE_MILLIS == null) {
            setUp(book.injectClosed(constantConcurrentUsers(CONCURRENCY).during(Duration.ofSeconds(SECONDS))))
                    .protocols(protocol);
        } else {
            setUp(paced.injectOpen(rampUsers(CONCURRENCY).during(Duration.ofMillis(PACE_MILLIS + 1000L))))
                    .protocols(protocol);
        }
    }
}
