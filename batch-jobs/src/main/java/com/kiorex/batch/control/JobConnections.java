package com.kiorex.batch.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Connections for SQL inside job artifacts. Payara's job repository shares the application's pool
 * and runs {@code set search_path to jbatch} on every connection it borrows; inside a chunk it even
 * shares the transaction's connection with the job's own SQL (it reads the checkpoint just before the
 * reader opens). Job SQL therefore restores the role's own search path before it runs.
 */
public final class JobConnections {

    private JobConnections() {
    }

    public static Connection borrow(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement reset = connection.createStatement()) {
            reset.execute("reset search_path");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
