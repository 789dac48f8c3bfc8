package com.kiorex.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode (H2 file database under its data folder) with the kiorex realm
 * imported. The distribution is unpacked once under {@code home/keycloak} and reused, so the
 * Quarkus build and the database survive restarts; when the realm file changes, the database
 * is wiped so the new realm is imported (Keycloak never re-imports a realm that exists).
 */
public final class KeycloakServer implements StackService {

    public static final String REALM = "kiorex";
    /** Bootstrap administrator of the master realm: DEV ONLY. */
    public static final String DEV_ADMIN_USERNAME = "admin";
    public static final String DEV_ADMIN_PASSWORD = "dev-only-admin";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String IMPORTED_REALM_STAMP = "realm-imported.sha256";

    private final Path distArchive;
    private final Path home;
    private final Path realmFile;
    private final int httpPort;
    private final int managementPort;
    private ChildProcess process;

    public KeycloakServer(Path distArchive, Path home, Path realmFile, int httpPort, int managementPort) {
        this.distArchive = distArchive;
        this.home = home;
        this.realmFile = realmFile;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The {@code iss} of every token; stable because the hostname is fixed at start. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    @Override
    public void start() throws Exception {
        Path keycloakHome = Archives.unpackOnce(distArchive, home.resolve("keycloak"));
        Path data = keycloakHome.resolve("data");
        String realmDigest = stageRealm(data);
        process = ChildProcess.start(name(), command(keycloakHome), keycloakHome, environment(),
                home.resolve("logs").resolve("keycloak.log"));
        try {
            process.awaitReady(START_TIMEOUT, this::ready);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        Files.writeString(data.resolve(IMPORTED_REALM_STAMP), realmDigest);
    }

    private boolean ready() {
        return ChildProcess.httpAnswers("http://localhost:" + managementPort + "/health/ready", 200)
                && ChildProcess.httpAnswers(issuer() + "/.well-known/openid-configuration", 200);
    }

    private List<String> command(Path keycloakHome) {
        return List.of(keycloakHome.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                // loopback only: the bootstrap admin and the demo users have public passwords
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUrl(),
                "--health-enabled=true",
                "--import-realm",
                // Keycloak 26 refuses parallel logins of one user while brute-force protection is on
                // (keycloak#33527); the system and load tests log the same demo users in concurrently.
                "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true",
                "--log-console-color=false");
    }

    private static Map<String, String> environment() {
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
    }

    /**
     * Copies the realm into data/import and returns its digest; a realm file other than the one
     * last imported wipes the dev database first.
     */
    private String stageRealm(Path data) throws IOException {
        Path importDir = Files.createDirectories(data.resolve("import"));
        Path stamp = data.resolve(IMPORTED_REALM_STAMP);
        String digest = sha256(realmFile);
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(digest)) {
            Archives.deleteRecursively(data.resolve("h2"));
            Files.deleteIfExists(stamp);
        }
        Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        return digest;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
