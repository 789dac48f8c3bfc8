package com.kiorex.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The consultations benchmark data, straight in SQL as the schema owner ({@code -Dkiorex.jdbc}):
 * seeds 10,000 doctors and 1,000,000 slots once, hands out free slot ids, and counts double bookings.
 */
final class ConsultationsData {

    static final String OWNER = "kiorex_owner";
    static final String OWNER_PASSWORD = "dev-only-owner-password";

    private ConsultationsData() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kiorex.jdbc"), OWNER, OWNER_PASSWORD);
    }

    static void seed() {
        try (Connection c = connect(); Statement s = c.createStatement();
             InputStream sql = ConsultationsData.class.getResourceAsStream("/seed-consultations.sql")) {
            if (single(s, "select count(*) from doctor where account_subject like 'seed-%'") >= 10_000
                    && single(s, "select count(*) from slot") >= 1_000_000) {
                System.out.println("already seeded: 10000 doctors, 1000000 slots");
                return;
            }
            long started = System.nanoTime();
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            System.out.printf("seeded in %.1f s: %s doctors, %s slots%n", (System.nanoTime() - started) / 1e9,
                    single(s, "select count(*) from doctor"), single(s, "select count(*) from slot"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not seed", e);
        }
    }

    /**
     * Waits (up to 10 minutes) until earlier runs' messaging has settled: no event waiting in the outbox and
     * no notification due. Otherwise the relay, the consumers and the dispatcher working off the last booking
     * run's events share the two cores with the run being measured.
     */
    static void awaitQuiet() {
        long started = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            while (true) {
                long waiting = single(s, "select count(*) from outbox_event");
                long due = single(s, "select count(*) from notification_delivery where status = 'QUEUED' "
                        + "and next_attempt_at <= now()");
                if (waiting == 0 && due == 0) {
                    break;
                }
                if (System.nanoTime() - started > 600e9) {
                    throw new IllegalStateException("still busy after 10 minutes: " + waiting + " events, " + due
                            + " notifications due");
                }
                Thread.sleep(2000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf("quiet after %.0f s (outbox empty, no notification due)%n", (System.nanoTime() - started) / 1e9);
    }

    static List<String> freeSeedSlots(int limit) {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select s.public_id from slot s join doctor d on d.id = s.doctor_id "
                     + "where d.account_subject like 'seed-%' and s.starts_at > now() and not exists "
                     + "(select 1 from booking b where b.slot_id = s.id) order by random() limit " + limit)) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Slots held by more than one live booking: must be 0. */
    static long doubleBookings() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return single(s, "select count(*) from (select slot_id from booking where status <> 'CANCELLED' "
                    + "group by slot_id having count(*) > 1) d");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
