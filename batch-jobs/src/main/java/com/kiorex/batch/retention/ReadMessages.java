package com.kiorex.batch.retention;

import com.kiorex.batch.control.JobConnections;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Read inbox messages in id order, on the application's datasource so that every statement joins the
 * chunk's transaction. Plain SQL: the job moves ids, never message content.
 */
@ApplicationScoped
public class ReadMessages {

    @Resource(lookup = "jdbc/kiorex")
    DataSource database;

    /** How many read messages past {@code afterId} were read before the cut-off. */
    public long count(Instant cutoff, long afterId) {
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(
                "select count(*) from inbox_message where read_at < ? and id > ?")) {
            p.setObject(1, utc(cutoff));
            p.setLong(2, afterId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count read inbox messages", e);
        }
    }

    /** The ids of the next read messages past {@code afterId}, ascending. */
    public List<Long> idsAfter(Instant cutoff, long afterId, int limit) {
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(
                "select id from inbox_message where read_at < ? and id > ? order by id limit ?")) {
            p.setObject(1, utc(cutoff));
            p.setLong(2, afterId);
            p.setInt(3, limit);
            List<Long> ids = new ArrayList<>(limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read inbox message ids", e);
        }
    }

    /** Deletes these messages, but only while they are read: an unread message is never deleted. */
    public int delete(List<Long> ids) {
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(
                "delete from inbox_message where id = any (?) and read_at is not null")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            p.setArray(1, array);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete inbox messages", e);
        }
    }

    private Connection connection() throws SQLException {
        return JobConnections.borrow(database);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
