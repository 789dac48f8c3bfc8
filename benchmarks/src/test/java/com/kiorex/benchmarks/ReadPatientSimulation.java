package com.kiorex.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Reading a patient with a real Keycloak token: token verification, role check, ownership check
 * and the audit row in the same transaction, as production does them.
 * <ul>
 *   <li>{@code -Dmode=saturation}: a closed model of {@code -Dconcurrency} clients reading back to
 *       back for {@code -Dseconds}, for the throughput ceiling;</li>
 *   <li>{@code -Dmode=steady}: an open model of {@code -Drate} new requests a second, for latency
 *       percentiles at a given load.</li>
 * </ul>
 * Run through benchmarks/run.sh, which starts the stack and passes the API URL, token and patient id.
 */
public class ReadPatientSimulation extends Simulation {

    private static final String API = System.getProperty("kiorex.api");
    private static final String TOKEN = System.getProperty("kiorex.token");
    private static final String PATIENT = System.getProperty("kiorex.patient");
    private static final String MODE = System.getProperty("mode", "steady");
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    /** Another path and expected status, to compare against lighter requests (see BENCHMARKS.md). */
    private static final String PATH = System.getProperty("path", "/patients/" + PATIENT);
    private static final int STATUS = Integer.getInteger("status", 200);
    private static final boolean SIGNED_IN = !Boolean.getBoolean("anonymous");

    private final HttpProtocolBuilder protocol = (SIGNED_IN ? http.baseUrl(API).authorizationHeader("Bearer " + TOKEN)
            : http.baseUrl(API))
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder read = scenario("read patient")
            .exec(http("GET " + PATH.replace(PATIENT == null ? "\0" : PATIENT, "{id}")).get(PATH)
                    .check(status().is(STATUS)));

    {
        if ("saturation".equals(MODE)) {
            int concurrency = Integer.getInteger("concurrency", 64);
            setUp(read.injectClosed(
                    rampConcurrentUsers(1).to(concurrency).during(Duration.ofSeconds(10)),
                    constantConcurrentUsers(concurrency).during(Duration.ofSeconds(SECONDS))))
                    .protocols(protocol);
        } else {
            int rate = Integer.getInteger("rate", 1000);
            setUp(read.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(SECONDS))))
                    .protocols(protocol);
        }
    }
}
