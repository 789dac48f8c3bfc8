package com.kiorex.systemtest;

import com.kiorex.devstack.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The database as the application's own role sees it (not a superuser). */
final class Database {

    private Database() {
    }

    static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(TestStack.get().postgres().jdbcUrl(), PostgresServer.APP,
                PostgresServer.APP_PASSWORD);
    }

    /** A change the test makes as the application would (e.g. bringing due times forward). */
    static int update(String sql) {
        try (Connection c = asApplication(); PreparedStatement p = c.prepareStatement(sql)) {
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }

    /** The first column of the first row as text; null when it is SQL null or there is no row. */
    static String text(String sql, Object... parameters) {
        Object value = value(sql, parameters);
        return value == null ? null : value.toString();
    }

    private static Object value(String sql, Object... parameters) {
        try (Connection c = asApplication(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
