package com.kiorex.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (binaries from Maven Central) with its data kept under {@code home},
 * durable settings (fsync and synchronous commit on, as in production), and the Kiorex database
 * with two roles: the schema owner (migrations) and the application role.
 */
public final class PostgresServer implements StackService {

    public static final String DATABASE = "kiorex";
    public static final String OWNER = "kiorex_owner";
    public static final String APP = "kiorex_app";
    /** Dev-only passwords; a hospital's database has its own, passed as environment variables. */
    public static final String OWNER_PASSWORD = "dev-only-owner-password";
    public static final String APP_PASSWORD = "dev-only-app-password";

    private final Path home;
    private final int port;
    private EmbeddedPostgres postgres;

    public PostgresServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void start() throws IOException, SQLException {
        Path data = home.resolve("postgres");
        Files.createDirectories(data);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(home.resolve("postgres-bin").toFile())
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        createDatabaseAndRoles();
    }

    private Path logFile() throws IOException {
        Path logs = Files.createDirectories(home.resolve("logs"));
        return logs.resolve("postgres.log");
    }

    private void createDatabaseAndRoles() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ensureRole(c, s, OWNER, OWNER_PASSWORD);
            ensureRole(c, s, APP, APP_PASSWORD);
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                s.execute("create database " + DATABASE + " owner " + OWNER);
            }
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
             Statement s = c.createStatement()) {
            // the owner owns the public schema so that migrations can create and grant there
            s.execute("alter schema public owner to " + OWNER);
            s.execute("grant connect on database " + DATABASE + " to " + APP);
        }
    }

    private static void ensureRole(Connection c, Statement s, String role, String password) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            s.execute("create role " + role + " login password '" + password + "'");
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            return p.executeQuery().next();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
