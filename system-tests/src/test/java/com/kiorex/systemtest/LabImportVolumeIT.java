package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.LAB;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.assignCareTeam;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.batch.labimport.Hl7Generator;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Large HL7 imports: the throughput of an undisturbed import (printed, reported in BENCHMARKS.md, not
 * asserted), and the fault test: the application server is killed with SIGKILL in the middle of a
 * 100,000-result import and started again; the import is picked up again and every result is stored
 * exactly once.
 */
class LabImportVolumeIT {

    private static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String HL7 = "x-application/hl7-v2+er7";

    private static String alice;

    @BeforeAll
    static void patient() {
        alice = patientIdOf(ALICE);
        assignCareTeam(alice, HOUSE, "doctor");
    }

    @Test
    void fiftyThousandResults_areImportedOnce_andTheRateIsReported() {
        String order = LabsIT.placeOrder(alice);
        byte[] file = Hl7Generator.batch(12_500, alice, order, COLLECTED, 11).getBytes(StandardCharsets.UTF_8);

        Instant begin = Instant.now();
        JsonObject uploaded = LabsIT.upload(LAB, HL7, "volume.hl7", file, 201);
        JsonObject done = LabsIT.awaitFinished(uploaded.getJsonNumber("executionId").longValue(), Duration.ofMinutes(5));
        Duration took = Duration.between(begin, Instant.now());

        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(stored(uploaded)).isEqualTo(50_000);
        Duration run = Duration.between(Instant.parse(done.getString("startedAt")), Instant.parse(done.getString("endedAt")));
        System.out.printf(Locale.ROOT, "BENCHMARK lab HL7 import: 50000 results (%d bytes) in %.1f s job time = %.0f results/s;"
                        + " %.1f s from upload to completion = %.0f results/s%n", file.length, run.toMillis() / 1000.0,
                50_000 / (run.toMillis() / 1000.0), took.toMillis() / 1000.0, 50_000 / (took.toMillis() / 1000.0));
    }

    @Test
    void killNineMidImport_thenRestart_storesEveryResultExactlyOnce() throws Exception {
        String order = LabsIT.placeOrder(alice);
        byte[] file = Hl7Generator.batch(25_000, alice, order, COLLECTED, 13).getBytes(StandardCharsets.UTF_8);
        JsonObject uploaded = LabsIT.upload(LAB, HL7, "fault.hl7", file, 201);
        long execution = uploaded.getJsonNumber("executionId").longValue();

        assertThat(eventually(Duration.ofMinutes(3), () -> written(execution) >= 5_000))
                .as("the import got under way").isTrue();
        long before = stored(uploaded);
        ProcessHandle payara = ProcessHandle.of(TestStack.get().payara().pid()).orElseThrow();
        payara.destroyForcibly();
        payara.onExit().get();
        long atKill = stored(uploaded);
        System.out.printf("FAULT lab import: killed Payara (SIGKILL) with %d of 100000 results committed%n", atKill);
        assertThat(atKill).as("killed mid-import").isBetween(before, 99_999L);

        TestStack.get().payara().start();

        assertThat(eventually(Duration.ofMinutes(6), () -> "IMPORTED".equals(
                api(LAB).get("/labs/result-files/" + uploaded.getString("id")).json().getString("status"))))
                .as("the cut-off import is picked up again and completes").isTrue();
        assertThat(stored(uploaded)).isEqualTo(100_000);
        assertThat(Database.count("select count(distinct item_index) from lab_observation where source_sha256 = ?",
                uploaded.getString("sha256"))).isEqualTo(100_000);
    }

    private static long stored(JsonObject file) {
        return Database.count("select count(*) from lab_observation where source_sha256 = ?", file.getString("sha256"));
    }

    private static long written(long execution) {
        return Database.count("select coalesce(max(write_count), 0) from batch_step_progress where job_execution_id = ?",
                execution);
    }
}
