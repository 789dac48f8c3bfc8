package com.kiorex.systemtest;

import com.kiorex.devstack.Archives;
import com.kiorex.devstack.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The stack under test: started on first use, once per test run, on free ports, with fresh data
 * (the unpacked distributions and Keycloak's build are kept between runs to save time).
 */
public final class TestStack {

    /** A role with a tiny rate limit, so the limit itself can be tested without slowing others. */
    static final String RATE_LIMITED_ROLE = "billing-clerk";
    static final int RATE_LIMITED_PER_MINUTE = 5;
    /** Small enough that a burst of parallel requests meets admission control; tests are sequential. */
    static final int MAX_IN_FLIGHT = 4;

    /** Notifications: attempts before a delivery is dead-lettered, and the first back-off, kept short. */
    static final int NOTIFICATION_ATTEMPTS = 3;

    private static Stack stack;
    private static GatewayPeer gateway;
    private static Tokens tokens;
    private static RuntimeException failure;

    private TestStack() {
    }

    static synchronized Stack get() {
        if (failure != null) {
            throw failure;
        }
        if (stack == null) {
            try {
                stack = start();
                tokens = new Tokens(stack.keycloak().tokenEndpoint());
            } catch (Exception e) {
                failure = new IllegalStateException("the stack did not start", e);
                throw failure;
            }
        }
        return stack;
    }

    static Tokens tokens() {
        get();
        return tokens;
    }

    /** The SMS and push gateway the stack's Payara sends to. */
    static GatewayPeer gateway() {
        get();
        return gateway;
    }

    static ApiClient api() {
        return new ApiClient(get().payara().apiUrl());
    }

    /** The running stack, for the in-container tier (another package), which deploys next to it. */
    public static Stack running() {
        return get();
    }

    /**
     * The environment the stack's Payara Micro runs with (database, broker, Keycloak on this run's
     * ports), so a second Payara can join the same services.
     */
    public static Map<String, String> payaraEnvironment() {
        return get().payaraEnvironment();
    }

    private static Stack start() throws Exception {
        Path home = Path.of(System.getProperty("kiorex.stack.home", "target/stack"));
        Stack.Layout layout = Stack.Layout.forHome(home);
        wipeData(layout.home());
        gateway = new GatewayPeer();
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "KIOREX_RATE_LIMIT_PER_MINUTE", "100000",
                "KIOREX_RATE_LIMIT_PER_MINUTE_BILLING_CLERK", Integer.toString(RATE_LIMITED_PER_MINUTE),
                "KIOREX_HTTP_MAX_IN_FLIGHT", Integer.toString(MAX_IN_FLIGHT),
                "KIOREX_LAB_INBOX_DIR", labInbox(layout.home()).toString()));
        settings.putAll(Map.of(
                "KIOREX_SMS_GATEWAY_URL", gateway.url("sms"), "KIOREX_SMS_GATEWAY_KEY", GatewayPeer.KEY,
                "KIOREX_PUSH_GATEWAY_URL", gateway.url("push"), "KIOREX_PUSH_GATEWAY_KEY", GatewayPeer.KEY,
                "KIOREX_NOTIFICATIONS_MAX_ATTEMPTS", Integer.toString(NOTIFICATION_ATTEMPTS),
                "KIOREX_NOTIFICATIONS_BACKOFF_BASE", "PT1S"));
        Stack started = new Stack(layout, Stack.Ports.free(), settings);
        Instant begin = Instant.now();
        try {
            started.start();
        } catch (Exception e) {
            started.close();
            throw e;
        }
        System.out.printf("Stack ready in %d s: %s%n", Duration.between(begin, Instant.now()).toSeconds(),
                started.startTimes());
        return started;
    }

    /** The folder the application watches for lab result files (LabsIT drops files into it). */
    static Path labInbox(Path home) {
        return home.toAbsolutePath().resolve("lab-inbox");
    }

    /** Data from an earlier run goes; unpacked distributions and Keycloak's build stay. */
    private static void wipeData(Path home) throws IOException {
        Archives.deleteRecursively(home.resolve("postgres"));
        Archives.deleteRecursively(home.resolve("artemis").resolve("data"));
        Archives.deleteRecursively(home.resolve("logs"));
        Archives.deleteRecursively(labInbox(home));
        Path keycloak = home.resolve("keycloak");
        if (Files.isDirectory(keycloak)) {
            try (var dists = Files.list(keycloak)) {
                for (Path dist : dists.filter(Files::isDirectory).toList()) {
                    Archives.deleteRecursively(dist.resolve("data").resolve("h2"));
                }
            }
        }
    }

    static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }
}
