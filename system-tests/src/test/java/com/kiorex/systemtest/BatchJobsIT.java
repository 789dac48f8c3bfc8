package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BATCH;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Batch inside Payara Micro on the application's PostgreSQL datasource: a batch operator runs
 * {@code inbox-retention} through the API; it deletes read inbox messages and nothing else, reports
 * its step metrics, stops and restarts from its checkpoint; only batch operators may act on jobs.
 */
class BatchJobsIT {

    private static final String EXECUTIONS = "/batch/jobs/inbox-retention/executions";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void inboxRetention_deletesReadMessagesOnly_andReportsItsStepMetrics() throws SQLException {
        String welcome = welcomeMessageOf(ALICE);
        assertThat(api(ALICE).post("/me/inbox/" + welcome + "/read", "").status()).isEqualTo(200);
        String account = "batch-it-" + UUID.randomUUID();
        insertMessages(account, 3, true);
        insertMessages(account, 2, false);
        long readBefore = readMessages();

        ApiClient.Reply started = api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": 0}");

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long id = started.json().getJsonNumber("id").longValue();
        assertThat(started.header("Location")).endsWith("/kiorex/api/batch/executions/" + id);
        assertThat(started.json().getJsonObject("parameters").getString("olderThanDays")).isEqualTo("0");
        JsonObject done = awaitFinished(id);
        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(done.getString("exitStatus")).isEqualTo("COMPLETED");
        JsonObject step = done.getJsonArray("steps").getJsonObject(0);
        assertThat(step.getString("name")).isEqualTo("delete-read-messages");
        JsonObject metrics = step.getJsonObject("metrics");
        assertThat(metrics.getJsonNumber("read").longValue()).isEqualTo(readBefore);
        assertThat(metrics.getJsonNumber("written").longValue()).isEqualTo(readBefore);
        assertThat(metrics.getJsonNumber("skipped").longValue()).isZero();
        assertThat(metrics.getJsonNumber("commits").longValue()).isPositive();
        assertThat(done.getJsonObject("progress").getInt("percent")).isEqualTo(100);
        assertThat(done.getJsonObject("progress").getJsonNumber("expectedItems").longValue()).isEqualTo(readBefore);

        assertThat(Database.count("select count(*) from inbox_message where account_subject = ? and read_at is not null",
                account)).as("read messages left").isZero();
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ? and read_at is null",
                account)).as("unread messages left").isEqualTo(2);
        assertThat(Database.count("select count(*) from inbox_message where public_id = ?::uuid", welcome)).isZero();
        assertThat(readMessages()).isZero();
        assertThat(Database.count("select count(*) from information_schema.tables where table_schema = 'jbatch' "
                + "and (table_name like '%checkpointdata' or table_name like '%jobinstancedata')"))
                .as("job repository tables in PostgreSQL schema jbatch").isEqualTo(2);
    }

    @Test
    void aStoppedRun_restartsFromItsCheckpoint_andTogetherTheExecutionsDeleteEachMessageOnce() throws SQLException {
        String account = "batch-it-" + UUID.randomUUID();
        insertMessages(account, 5_000, true);
        long readBefore = readMessages();
        long first;
        ApiClient.Reply stop;
        // a row lock in the middle of the run holds the job inside one chunk, after some chunks committed
        try (Connection lock = Database.asApplication()) {
            lock.setAutoCommit(false);
            lockMessage(lock, account, 2_600);
            first = api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": 0}").json().getJsonNumber("id").longValue();
            JsonObject running = awaitFirstCheckpoint(first);
            assertThat(running.getBoolean("finished")).as("held by the lock: " + running).isFalse();
            assertThat(running.getJsonObject("progress").getJsonNumber("expectedItems").longValue())
                    .as(running.toString()).isEqualTo(readBefore);
            assertThat(running.getJsonObject("progress").getInt("percent")).as(running.toString()).isBetween(1, 99);
            stop = api(BATCH).post("/batch/executions/" + first + "/stop", "");
            lock.rollback();
        }

        assertThat(stop.status()).as(stop.toString()).isEqualTo(202);
        JsonObject stopped = awaitFinished(first);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        assertThat(written(stopped)).as("deleted before the stop").isPositive().isLessThan(readBefore);
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ?", account))
                .as("left for the restart").isBetween(1L, 4_999L);

        ApiClient.Reply restart = api(BATCH).post("/batch/executions/" + first + "/restart", "");
        assertThat(restart.status()).as(restart.toString()).isEqualTo(201);
        long second = restart.json().getJsonNumber("id").longValue();
        assertThat(second).isNotEqualTo(first);
        JsonObject completed = awaitFinished(second);
        assertThat(completed.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(completed.getJsonObject("parameters").getString("olderThanDays")).isEqualTo("0");
        assertThat(written(stopped) + written(completed)).isEqualTo(readBefore);
        assertThat(Database.count("select count(*) from inbox_message where account_subject = ?", account)).isZero();

        JsonObject page = api(BATCH).get(EXECUTIONS + "?size=5").json();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonNumber("id").longValue()).startsWith(second, first);

        assertThat(problem(api(BATCH).post("/batch/executions/" + second + "/restart", "")).getInt("status"))
                .as("a completed execution is not restarted").isEqualTo(409);
        assertThat(problem(api(BATCH).post("/batch/executions/" + first + "/restart", "")).getInt("status"))
                .as("only the latest execution of a run is restarted").isEqualTo(409);
        assertThat(problem(api(BATCH).post("/batch/executions/" + second + "/stop", "")).getInt("status"))
                .as("a finished execution is not stopped").isEqualTo(409);
    }

    @Test
    void wrongParameters_give400WithOneErrorPerParameter_andStartNothing() {
        long runsBefore = runs();

        ApiClient.Reply reply = api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": -1, \"colour\": \"red\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(problem(reply).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("colour", "olderThanDays");
        assertThat(api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": \"soon\"}").status()).isEqualTo(400);
        assertThat(api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": 1.5}").status()).isEqualTo(400);
        assertThat(api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": [90]}").status()).isEqualTo(400);
        assertThat(problem(api(BATCH).post(EXECUTIONS, "")).getString("title")).isEqualTo("Malformed request body");
        assertThat(problem(api(BATCH).post(EXECUTIONS, "[90]")).getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("body");
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void withoutParameters_theDefaultsApply() {
        for (String body : List.of("{}", "{\"olderThanDays\": null}")) {
            ApiClient.Reply started = api(BATCH).post(EXECUTIONS, body);

            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            JsonObject done = awaitFinished(started.json().getJsonNumber("id").longValue());
            assertThat(done.getJsonObject("parameters").getString("olderThanDays")).isEqualTo("90");
            assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        }
    }

    @Test
    void jobsOffTheAllowList_andUnknownExecutions_give404() {
        ApiClient.Reply unknownJob = api(BATCH).post("/batch/jobs/drop-all-tables/executions", "{}");
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(problem(unknownJob).getString("detail")).isEqualTo("batch job not found");
        assertThat(api(BATCH).get("/batch/jobs/drop-all-tables/executions").status()).isEqualTo(404);
        assertThat(problem(api(BATCH).get("/batch/executions/987654321")).getInt("status")).isEqualTo(404);
        assertThat(api(BATCH).post("/batch/executions/987654321/stop", "").status()).isEqualTo(404);
        assertThat(api(BATCH).post("/batch/executions/987654321/restart", "").status()).isEqualTo(404);
    }

    @Test
    void onlyBatchOperatorsAct_administratorsMayWatch_patientsGet403_andStrangers401() {
        long id = api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": 3650}").json().getJsonNumber("id").longValue();
        awaitFinished(id);
        List<String> reads = List.of(EXECUTIONS, "/batch/executions/" + id);
        List<String> actions = List.of(EXECUTIONS, "/batch/executions/" + id + "/stop",
                "/batch/executions/" + id + "/restart");

        for (String path : reads) {
            assertThat(api(ALICE).get(path).status()).as("patient GET " + path).isEqualTo(403);
            assertThat(api(ADMIN).get(path).status()).as("admin GET " + path).isEqualTo(200);
            assertThat(TestStack.api().get(path).status()).as("no token GET " + path).isEqualTo(401);
        }
        for (String path : actions) {
            assertThat(problem(api(ALICE).post(path, "{}")).getInt("status")).as("patient POST " + path).isEqualTo(403);
            assertThat(api(ADMIN).post(path, "{}").status()).as("admin POST " + path).isEqualTo(403);
            assertThat(TestStack.api().post(path, "{}").status()).as("no token POST " + path).isEqualTo(401);
        }
    }

    @Test
    void afterJobsRan_theApplicationsOwnQueriesStillWork() {
        // Payara's job repository shares the application's pool and sets search_path on the connections
        // it borrows: the application must not be left with connections that no longer find its tables.
        patientIdOf(ALICE);
        long id = api(BATCH).post(EXECUTIONS, "{\"olderThanDays\": 3650}").json().getJsonNumber("id").longValue();
        awaitFinished(id);
        api(BATCH).get(EXECUTIONS);

        for (int i = 0; i < 40; i++) {
            ApiClient.Reply mine = api(ALICE).get("/patients/me");
            assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
            ApiClient.Reply inbox = api(ALICE).get("/me/inbox");
            assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        }
    }

    /** Polls the execution until the runtime has finished with it. */
    private static JsonObject awaitFinished(long id) {
        AtomicReference<JsonObject> last = new AtomicReference<>();
        boolean finished = eventually(RUN_TIMEOUT, () -> {
            ApiClient.Reply reply = api(BATCH).get("/batch/executions/" + id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            last.set(reply.json());
            return reply.json().getBoolean("finished");
        });
        assertThat(finished).as("execution " + id + " finished: " + last.get()).isTrue();
        return last.get();
    }

    /** Polls closely until the execution has committed its first chunk (or finished). */
    private static JsonObject awaitFirstCheckpoint(long id) {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        JsonObject execution;
        do {
            execution = api(BATCH).get("/batch/executions/" + id).json();
        } while (written(execution) == 0 && !execution.getBoolean("finished") && System.nanoTime() < deadline);
        return execution;
    }

    private static long written(JsonObject execution) {
        return execution.getJsonObject("progress").getJsonNumber("itemsWritten").longValue();
    }

    private static long runs() {
        return api(BATCH).get(EXECUTIONS).json().getJsonNumber("total").longValue();
    }

    private static long readMessages() {
        return Database.count("select count(*) from inbox_message where read_at is not null");
    }

    /** The id of the welcome the account holder got when their record was registered. */
    private static String welcomeMessageOf(String username) {
        patientIdOf(username);
        AtomicReference<String> id = new AtomicReference<>();
        assertThat(eventually(Duration.ofSeconds(30), () -> {
            Optional<JsonObject> welcome = api(username).get("/me/inbox?size=100").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("kind").equals("WELCOME")).findFirst();
            welcome.ifPresent(m -> id.set(m.getString("id")));
            return welcome.isPresent();
        })).as("welcome message of " + username).isTrue();
        return id.get();
    }

    /** Locks the account's n-th message (by id) until the connection's transaction ends. */
    private static void lockMessage(Connection connection, String account, int n) throws SQLException {
        // the subquery picks the row; "offset ... for update" would lock every row it skips as well
        try (PreparedStatement select = connection.prepareStatement("select id from inbox_message where id = "
                + "(select id from inbox_message where account_subject = ? order by id offset ? limit 1) for update")) {
            select.setString(1, account);
            select.setInt(2, n);
            select.executeQuery().close();
        }
    }

    private static void insertMessages(String account, int count, boolean read) throws SQLException {
        try (Connection c = Database.asApplication(); PreparedStatement insert = c.prepareStatement("""
                insert into inbox_message (public_id, account_subject, kind, title, body, created_at, read_at)
                select gen_random_uuid(), ?, 'TEST', 'Batch test', 'Nothing to see', now() - interval '2 days',
                       case when ? then now() - interval '1 day' end
                from generate_series(1, ?)""")) {
            insert.setString(1, account);
            insert.setBoolean(2, read);
            insert.setInt(3, count);
            insert.executeUpdate();
        }
    }
}
