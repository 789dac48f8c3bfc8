package com.kiorex.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole platform on one machine: PostgreSQL, Artemis and Keycloak start in parallel, then
 * Payara Micro with the resource adapter and the WAR. Closing stops them in reverse order.
 */
public final class Stack implements AutoCloseable {

    public static final String BROKER_USER = "kiorex";
    /** Dev-only broker password (the broker is created with it). */
    public static final String BROKER_PASSWORD = "dev-only-broker-password";
    /** The local SMTP server of {@code ./kiorex start}; test runs take a free port. */
    public static final int DEVELOPER_SMTP_PORT = 2525;

    /** Where things are: the repository (configuration), the built artifacts, and the data. */
    public record Layout(Path repo, Path dist, Path home) {

        /** Finds the repository from the working directory upwards; a relative home is inside it. */
        public static Layout forHome(Path home) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.exists(dir.resolve("keycloak-realm/kiorex-realm.json"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("run from inside the Kiorex repository");
            }
            return new Layout(dir, dir.resolve("devstack/target/dist"), dir.resolve(home).toAbsolutePath().normalize());
        }
    }

    /** The ports of every process. */
    public record Ports(int postgres, int broker, int keycloak, int keycloakManagement, int payara) {

        public static Ports developer() {
            return new Ports(15432, 61616, 8180, 9180, 8080);
        }

        /** Free ports picked by the OS, so a test run never collides with a developer's stack. */
        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort());
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Layout layout;
    private final Ports ports;
    private final Map<String, String> extraEnvironment;
    private final List<StackService> started = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private PostgresServer postgres;
    private ArtemisBroker broker;
    private KeycloakServer keycloak;
    private PayaraServer payara;
    private MailServer mail;

    public Stack(Layout layout, Ports ports, Map<String, String> extraEnvironment) {
        this.layout = layout;
        this.ports = ports;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    public void start() throws Exception {
        Files.createDirectories(layout.home());
        postgres = new PostgresServer(layout.home(), ports.postgres());
        broker = new ArtemisBroker(layout.dist().resolve("artemis.zip"), layout.home(),
                layout.repo().resolve("server-config/broker"), ports.broker(), BROKER_USER, BROKER_PASSWORD);
        keycloak = new KeycloakServer(layout.dist().resolve("keycloak.tar.gz"), layout.home(),
                layout.repo().resolve("keycloak-realm/kiorex-realm.json"), ports.keycloak(), ports.keycloakManagement());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> starting = new ArrayList<>();
            for (StackService service : List.of(postgres, broker, keycloak)) {
                starting.add(pool.submit(() -> {
                    startTimed(service);
                    return null;
                }));
            }
            for (Future<?> future : starting) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        mail = new MailServer(ports.equals(Ports.developer()) ? DEVELOPER_SMTP_PORT : Ports.freePort(), layout.home());
        startTimed(mail);
        payara = new PayaraServer(layout.dist().resolve("payara-micro.jar"), layout.home(),
                layout.repo().resolve("server-config/payara/post-boot-commands.asadmin"),
                List.of(layout.dist().resolve("postgresql.jar")),
                List.of(layout.dist().resolve("artemis-ra.rar"), layout.dist().resolve("kiorex.war")),
                ports.payara(), payaraEnvironment());
        startTimed(payara);
    }

    private void startTimed(StackService service) throws Exception {
        Instant begin = Instant.now();
        started.add(service);
        service.start();
        startTimes.put(service.name(), Duration.between(begin, Instant.now()));
    }

    /**
     * Exactly the variables a hospital sets for its own deployment (see server-config/); a second
     * Payara (the in-container tests') joins the same services with them.
     */
    public Map<String, String> payaraEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KIOREX_DB_HOST", "localhost");
        env.put("KIOREX_DB_PORT", Integer.toString(ports.postgres()));
        env.put("KIOREX_DB_NAME", PostgresServer.DATABASE);
        env.put("KIOREX_DB_APP_USER", PostgresServer.APP);
        env.put("KIOREX_DB_APP_PASSWORD", PostgresServer.APP_PASSWORD);
        env.put("KIOREX_DB_OWNER_USER", PostgresServer.OWNER);
        env.put("KIOREX_DB_OWNER_PASSWORD", PostgresServer.OWNER_PASSWORD);
        env.put("KIOREX_BROKER_HOST", "localhost");
        env.put("KIOREX_BROKER_PORT", Integer.toString(ports.broker()));
        env.put("KIOREX_BROKER_USER", BROKER_USER);
        env.put("KIOREX_BROKER_PASSWORD", BROKER_PASSWORD);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUri());
        env.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
        if (mail != null) {
            env.put("KIOREX_SMTP_HOST", "localhost");
            env.put("KIOREX_SMTP_PORT", Integer.toString(mail.smtpPort()));
        }
        env.putAll(extraEnvironment);
        return env;
    }

    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    public Layout layout() {
        return layout;
    }

    public Ports ports() {
        return ports;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ArtemisBroker broker() {
        return broker;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    public PayaraServer payara() {
        return payara;
    }

    @Override
    public void close() {
        List<StackService> toStop = new ArrayList<>(started);
        Collections.reverse(toStop);
        for (StackService service : toStop) {
            try {
                service.close();
            } catch (RuntimeException e) {
                System.err.println(service.name() + " did not stop cleanly: " + e.getMessage());
            }
        }
        started.clear();
    }
}
