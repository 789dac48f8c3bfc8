package com.kiorex.labs.control;

import com.kiorex.labs.entity.Interpretation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Writes a chunk of results in one statement each for observations and review items (arrays through
 * {@code unnest}), in the caller's transaction. {@code on conflict do nothing} on (source sha256, item
 * index) makes a re-import, or a chunk replayed after a crash, store nothing twice; the item indexes
 * actually inserted come back, so only new results raise alerts.
 */
@ApplicationScoped
public class ObservationStore {

    @Resource(lookup = "jdbc/kiorex")
    DataSource database;

    public record Row(UUID publicId, UUID patientId, long orderId, String loinc, String testName, BigDecimal value,
                      String valueText, String unit, BigDecimal low, BigDecimal high, String rangeSource,
                      Interpretation interpretation, String reportedFlag, Instant observedAt, long fileId,
                      String sha256, int itemIndex) {
    }

    public record Review(UUID publicId, long fileId, String sha256, int itemIndex, String reason, String patientRef,
                         String orderRef, String loinc, String valueText, String unit) {
    }

    /** The item indexes of the rows that were new. */
    public Set<Integer> insert(List<Row> rows, String by, Instant now) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        String sql = """
                insert into public.lab_observation (public_id, patient_id, order_id, loinc, test_name, value_numeric,
                    value_text, unit, range_low, range_high, range_source, interpretation, reported_flag, observed_at,
                    source_file_id, source_sha256, item_index, created_at, created_by)
                select u.*, ?::timestamptz, ? from unnest(?::text[]::uuid[], ?::text[]::uuid[], ?::bigint[], ?::text[],
                    ?::text[], ?::numeric[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::text[], ?::text[],
                    ?::text[], ?::text[]::timestamptz[], ?::bigint[], ?::text[], ?::int[]) as u
                on conflict (source_sha256, item_index) do nothing
                returning item_index""";
        return insert(sql, List.of(now.toString(), by), rows, List.of(
                text(r -> r.publicId().toString()), text(r -> r.patientId().toString()), of("int8", Row::orderId),
                text(Row::loinc), text(Row::testName), of("numeric", Row::value), text(Row::valueText),
                text(Row::unit), of("numeric", Row::low), of("numeric", Row::high), text(Row::rangeSource),
                text(r -> r.interpretation() == null ? null : r.interpretation().name()), text(Row::reportedFlag),
                text(r -> r.observedAt().toString()), of("int8", Row::fileId), text(Row::sha256),
                of("int4", Row::itemIndex)), "lab observations");
    }

    /** The item indexes of the review items that were new. */
    public Set<Integer> insertReviews(List<Review> reviews, String by, Instant now) {
        if (reviews.isEmpty()) {
            return Set.of();
        }
        String sql = """
                insert into public.lab_review_item (public_id, source_file_id, source_sha256, item_index, reason,
                    patient_ref, order_ref, loinc, value_text, unit, status, created_at, created_by, updated_at,
                    updated_by, version)
                select u.*, 'OPEN', ?::timestamptz, ?, ?::timestamptz, ?, 0 from unnest(?::text[]::uuid[], ?::bigint[],
                    ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u
                on conflict (source_sha256, item_index) do nothing
                returning item_index""";
        return insert(sql, List.of(now.toString(), by, now.toString(), by), reviews, List.of(
                text(r -> r.publicId().toString()), of("int8", Review::fileId), text(Review::sha256),
                of("int4", Review::itemIndex), text(Review::reason), text(Review::patientRef), text(Review::orderRef),
                text(Review::loinc), text(Review::valueText), text(Review::unit)), "lab review items");
    }

    /** A column of the rows, bound as one array of this SQL element type. */
    private record Column<T>(String type, Function<T, Object> value) {
    }

    private static <T> Column<T> text(Function<T, Object> value) {
        return new Column<>("text", value);
    }

    private static <T> Column<T> of(String type, Function<T, Object> value) {
        return new Column<>(type, value);
    }

    private <T> Set<Integer> insert(String sql, List<String> scalars, List<T> rows, List<Column<T>> columns,
                                    String what) {
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String scalar : scalars) {
                p.setString(i++, scalar);
            }
            for (Column<T> column : columns) {
                p.setArray(i++, c.createArrayOf(column.type(), rows.stream().map(column.value()).toArray()));
            }
            return indexes(p);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + what, e);
        }
    }

    /**
     * A connection of the caller's transaction with the role's own search path: inside a batch chunk
     * the job repository may have left it on {@code jbatch} (see batch-jobs' JobConnections). Call it
     * before the first JPA query of a chunk too, since the transaction shares this connection.
     */
    public Connection connection() throws SQLException {
        Connection connection = database.getConnection();
        try (Statement reset = connection.createStatement()) {
            reset.execute("reset search_path");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    public void restoreSearchPath() {
        try (Connection ignored = connection()) {
            // the reset is the point
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the search path", e);
        }
    }

    private static Set<Integer> indexes(PreparedStatement p) throws SQLException {
        Set<Integer> inserted = new HashSet<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                inserted.add(rs.getInt(1));
            }
        }
        return inserted;
    }
}
