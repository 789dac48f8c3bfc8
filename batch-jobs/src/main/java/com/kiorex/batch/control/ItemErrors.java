package com.kiorex.batch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The records a run skipped, with their position in the input and why ({@code batch_item_error}).
 * Written in the chunk's transaction; a chunk replayed after a rollback records an item once.
 */
@ApplicationScoped
public class ItemErrors {

    @Resource(lookup = "jdbc/kiorex")
    DataSource database;

    /** One skipped record; the reason never quotes the record's content. */
    public record ItemError(int itemIndex, String reason) {
    }

    public void record(long jobExecutionId, int itemIndex, String reason) {
        try (Connection c = JobConnections.borrow(database); PreparedStatement p = c.prepareStatement(
                "insert into batch_item_error (job_execution_id, item_index, reason) values (?, ?, ?) "
                        + "on conflict do nothing")) {
            p.setLong(1, jobExecutionId);
            p.setInt(2, itemIndex);
            p.setString(3, reason.length() > 300 ? reason.substring(0, 300) : reason);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a skipped item", e);
        }
    }

    public List<ItemError> of(long jobExecutionId, int offset, int limit) {
        try (Connection c = JobConnections.borrow(database); PreparedStatement p = c.prepareStatement(
                "select item_index, reason from batch_item_error where job_execution_id = ? "
                        + "order by item_index offset ? limit ?")) {
            p.setLong(1, jobExecutionId);
            p.setInt(2, offset);
            p.setInt(3, limit);
            List<ItemError> errors = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    errors.add(new ItemError(rs.getInt(1), rs.getString(2)));
                }
            }
            return errors;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read skipped items", e);
        }
    }
}
