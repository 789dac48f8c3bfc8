package com.kiorex.batch.control;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The live progress of running steps ({@code batch_step_progress}). The batch runtime keeps a step's
 * counters in memory and writes them to its repository only when the step ends; jobs record them here
 * inside each chunk's transaction, so what operators see is what has been committed.
 */
@ApplicationScoped
public class StepProgressLog {

    @Resource(lookup = "jdbc/kiorex")
    DataSource database;

    /** A step's recorded figures; {@code expectedItems} is null when its reader did not count. */
    public record Recorded(Long expectedItems, Map<Metric.MetricType, Long> counters) {
    }

    /** Call from a reader's {@code open}: the items this execution of the step will read. */
    public void expect(long jobExecutionId, String stepName, long items) {
        update("""
                insert into batch_step_progress (job_execution_id, step_name, expected_items) values (?, ?, ?)
                on conflict (job_execution_id, step_name)
                do update set expected_items = excluded.expected_items, updated_at = now()""",
                jobExecutionId, stepName, items);
    }

    /** The step's counters as the runtime has them in memory. */
    public void record(long jobExecutionId, String stepName, Metric[] metrics) {
        Map<Metric.MetricType, Long> c = counters(metrics);
        update("""
                insert into batch_step_progress (job_execution_id, step_name, read_count, write_count,
                    filter_count, skip_count, commit_count, rollback_count) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (job_execution_id, step_name) do update set read_count = excluded.read_count,
                    write_count = excluded.write_count, filter_count = excluded.filter_count,
                    skip_count = excluded.skip_count, commit_count = excluded.commit_count,
                    rollback_count = excluded.rollback_count, updated_at = now()""",
                jobExecutionId, stepName, c.get(Metric.MetricType.READ_COUNT), c.get(Metric.MetricType.WRITE_COUNT),
                c.get(Metric.MetricType.FILTER_COUNT),
                c.get(Metric.MetricType.READ_SKIP_COUNT) + c.get(Metric.MetricType.PROCESS_SKIP_COUNT)
                        + c.get(Metric.MetricType.WRITE_SKIP_COUNT),
                c.get(Metric.MetricType.COMMIT_COUNT), c.get(Metric.MetricType.ROLLBACK_COUNT));
    }

    /** What the steps of this execution recorded, by step name. */
    public Map<String, Recorded> of(long jobExecutionId) {
        Map<String, Recorded> steps = new HashMap<>();
        try (Connection c = JobConnections.borrow(database); PreparedStatement p = c.prepareStatement("""
                select step_name, expected_items, read_count, write_count, filter_count, skip_count,
                       commit_count, rollback_count
                from batch_step_progress where job_execution_id = ?""")) {
            p.setLong(1, jobExecutionId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Map<Metric.MetricType, Long> counters = new EnumMap<>(Metric.MetricType.class);
                    counters.put(Metric.MetricType.READ_COUNT, rs.getLong("read_count"));
                    counters.put(Metric.MetricType.WRITE_COUNT, rs.getLong("write_count"));
                    counters.put(Metric.MetricType.FILTER_COUNT, rs.getLong("filter_count"));
                    counters.put(Metric.MetricType.READ_SKIP_COUNT, rs.getLong("skip_count"));
                    counters.put(Metric.MetricType.COMMIT_COUNT, rs.getLong("commit_count"));
                    counters.put(Metric.MetricType.ROLLBACK_COUNT, rs.getLong("rollback_count"));
                    long expected = rs.getLong("expected_items");
                    steps.put(rs.getString("step_name"), new Recorded(rs.wasNull() ? null : expected, counters));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the progress of execution " + jobExecutionId, e);
        }
        return steps;
    }

    /** Every metric type, 0 where the runtime has none. */
    public static Map<Metric.MetricType, Long> counters(Metric[] metrics) {
        Map<Metric.MetricType, Long> counters = new EnumMap<>(Metric.MetricType.class);
        for (Metric.MetricType type : Metric.MetricType.values()) {
            counters.put(type, 0L);
        }
        if (metrics != null) {
            for (Metric metric : metrics) {
                counters.put(metric.getType(), metric.getValue());
            }
        }
        return counters;
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = JobConnections.borrow(database); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record step progress", e);
        }
    }
}
