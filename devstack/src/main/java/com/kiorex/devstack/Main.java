package com.kiorex.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * README command 1: starts the whole platform with demo data and keeps it running until Ctrl-C.
 * <pre>
 *   java -jar devstack/target/devstack-launcher.jar [--wipe] [--home DIR] [--free-ports]
 * </pre>
 * Data lives in {@code .kiorex/} at the repository root and survives restarts; {@code --wipe}
 * deletes it first.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Stack.Layout layout = Stack.Layout.forHome(Path.of(value(options, "--home", ".kiorex")));
        if (options.contains("--wipe")) {
            System.out.println("Wiping " + layout.home());
            Archives.deleteRecursively(layout.home());
        }
        Stack.Ports ports = options.contains("--free-ports") ? Stack.Ports.free() : Stack.Ports.developer();
        Stack stack = new Stack(layout, ports, passThroughSettings());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Kiorex ...");
            stack.close();
            stopped.countDown();
        }));
        Instant begin = Instant.now();
        System.out.println("Starting PostgreSQL, Artemis and Keycloak, then Payara Micro (logs in "
                + layout.home().resolve("logs") + ") ...");
        try {
            stack.start();
            Duration ready = Duration.between(begin, Instant.now());
            new DemoData(stack.payara().apiUrl(), stack.keycloak().tokenEndpoint()).load();
            printWelcome(stack, ready);
        } catch (Exception | Error e) {
            // exiting runs the shutdown hook, which stops what did start; without it the servers' own threads kept
            // this process, and the database, broker and Keycloak, running after the failure
            System.err.println("Kiorex did not start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        stopped.await();
    }

    private static void printWelcome(Stack stack, Duration ready) {
        String base = stack.payara().baseUrl();
        System.out.printf("%nKiorex is ready (whole stack in %.1f s; %s).%n", ready.toMillis() / 1000.0,
                stack.startTimes());
        System.out.println("  API          " + stack.payara().apiUrl());
        System.out.println("  OpenAPI      " + base + "/openapi   (browsable: " + base + "/kiorex/openapi-ui/)");
        System.out.println("  Health       " + base + "/health/ready   Metrics " + base + "/metrics");
        System.out.println("  Keycloak     " + stack.keycloak().baseUrl() + "/admin  (admin / "
                + KeycloakServer.DEV_ADMIN_PASSWORD + ", dev only)");
        System.out.println("  Token URL    " + stack.keycloak().tokenEndpoint() + "  (client " + DemoLogin.CLIENT_ID
                + ", password grant; staff add a TOTP code)");
        System.out.println("  PostgreSQL   " + stack.postgres().jdbcUrl() + "  Artemis tcp://localhost:"
                + stack.broker().port());
        System.out.println("  Email        SMTP localhost:" + stack.mail().smtpPort() + "; every email sent is saved in "
                + stack.mail().mailDir() + " (.eml)");
        System.out.println(DemoLogin.table());
        System.out.println("Press Ctrl-C to stop. Data is kept in " + stack.layout().home() + " (--wipe starts afresh).");
    }

    /**
     * KIOREX_* variables of the launcher's own environment go to Payara unchanged, so a developer
     * tunes the local server the way an operator tunes a hospital's (e.g. KIOREX_RATE_LIMIT_PER_MINUTE).
     */
    static Map<String, String> passThroughSettings() {
        Map<String, String> settings = new java.util.TreeMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("KIOREX_") || name.startsWith("MP_")) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    private static String value(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }
}
