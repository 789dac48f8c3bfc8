package com.kiorex.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Doctor search over 10,000 doctors and 1,000,000 slots (seeded before the run) at a steady
 * {@code -Drate} requests a second (open model) for {@code -Dseconds}: specialty, language, fee
 * range, availability on one of the next days, within a distance of a point, sorted by rating.
 */
public class SearchDoctorsSimulation extends Simulation {

    private static final String API = System.getProperty("kiorex.api");
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final List<String> SPECIALTIES = List.of("general-practice", "cardiology", "dermatology",
            "paediatrics", "psychiatry", "neurology");

    private final HttpProtocolBuilder protocol = http.baseUrl(API)
            .authorizationHeader(session -> BenchTokens.bearer())
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final Iterator<Map<String, Object>> criteria = Stream.generate(() -> {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1 + r.nextInt(10));
        String body = """
                {"specialty":"%s","language":"%s","minFee":%d,"maxFee":%d,"availableOn":"%s",
                 "latitude":%.4f,"longitude":%.4f,"withinKm":%d}"""
                .formatted(SPECIALTIES.get(r.nextInt(SPECIALTIES.size())), r.nextBoolean() ? "fr" : "en",
                        20 + r.nextInt(40), 120 + r.nextInt(80), day, 48.5 + r.nextDouble() * 0.8,
                        2.0 + r.nextDouble() * 0.8, 10 + r.nextInt(40));
        return Map.<String, Object>of("body", body);
    }).iterator();

    private final ScenarioBuilder search = scenario("search doctors").feed(criteria)
            .exec(http("POST /doctors/search").post("/doctors/search?sort=rating:desc&size=20")
                    .body(StringBody("#{body}")).check(status().is(200)));

    @Override
    public void before() {
        ConsultationsData.seed();
        ConsultationsData.awaitQuiet();
    }

    {
        int rate = Integer.getInteger("rate", 500);
        setUp(search.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(SECONDS)))).protocols(protocol);
    }
}
