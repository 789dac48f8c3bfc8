package com.kiorex.web.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MP-JWT the identity provider's signing keys as a compact JWKS: the configured
 * {@code mp.jwt.verify.publickey.location} (Keycloak's JWKS URL) is fetched every {@value #REFRESH_SECONDS} s,
 * reduced, written to a local file, and that file is what this source answers for the location.
 *
 * <p>Why: Payara re-reads its cached key text on <em>every</em> request, running four regular
 * expressions over it (a PEM trim) before parsing it as JSON. Keycloak's JWKS carries an X.509
 * certificate chain and the encryption key too (~3 KB); that work was 35% of the server's CPU on
 * an authenticated search. The compact form keeps only what verification uses (signing keys' kty, kid,
 * alg, n, e / crv, x, y), about a seventh of the text, and keeps every signing key, so tokens
 * signed with a key Keycloak is rotating in or out still verify. Until the keys have been fetched,
 * this source answers nothing and Payara reads the configured location itself. (A location, not the
 * key property: MP-JWT refuses to deploy with both set, and an empty value does not unset one here.)
 */
public class SigningKeysConfigSource implements ConfigSource {

    static final String LOCATION = "mp.jwt.verify.publickey.location";
    static final long REFRESH_SECONDS = 60;
    static final long RETRY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(SigningKeysConfigSource.class.getName());
    private static final List<String> KEPT = List.of("kty", "kid", "alg", "use", "n", "e", "crv", "x", "y");

    private final Supplier<Optional<String>> location;
    private final Function<String, Optional<String>> fetch;
    private final ThreadLocal<Boolean> resolving = ThreadLocal.withInitial(() -> false);
    private final Path file;
    private volatile String compact;
    private volatile long fetchedAt;
    private volatile boolean fetched;
    /** Whether keys were fetched and written (by any instance: the config runtime may build more than one). */
    private static volatile boolean held;

    public SigningKeysConfigSource() {
        this(null, SigningKeysConfigSource::download, keysFile());
    }

    SigningKeysConfigSource(Supplier<Optional<String>> location, Function<String, Optional<String>> fetch, Path file) {
        this.location = location == null ? this::configuredLocation : location;
        this.fetch = fetch;
        this.file = file;
    }

    private static Path keysFile() {
        try {
            Path path = Files.createTempFile("kiorex-signing-keys-", ".json");
            path.toFile().deleteOnExit();
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary file for the signing keys", e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION);
    }

    @Override
    public String getValue(String propertyName) {
        if (resolving.get()) {
            return null;
        }
        return LOCATION.equals(propertyName) && keys() != null ? file.toUri().toString() : null;
    }

    private String keys() {
        long now = System.nanoTime();
        if (due(now)) {
            refresh(now);
        }
        return compact;
    }

    /** Every minute; while there are no keys yet, every few seconds (not on every request). */
    private boolean due(long now) {
        return !fetched || now - fetchedAt > Duration.ofSeconds(compact == null ? RETRY_SECONDS : REFRESH_SECONDS).toNanos();
    }

    private synchronized void refresh(long now) {
        if (!due(now)) {
            return;
        }
        fetched = true;
        fetchedAt = now;
        location.get().flatMap(fetch).flatMap(SigningKeysConfigSource::compact).ifPresent(this::store);
    }

    /** Written beside and moved into place, so a reader never sees half a file. */
    private void store(String keys) {
        if (keys.equals(compact)) {
            return;
        }
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, keys);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            compact = keys;
            held = true;
        } catch (IOException e) {
            LOG.warning(() -> "signing keys: could not write " + file + ": " + e);
        }
    }

    /**
     * Whether this server holds fetched signing keys, for the readiness check. Asked directly, not through
     * {@code Config}: a health check runs outside the application's context, where the configuration it is
     * given does not include this source (it read Keycloak's URL while every token still verified).
     */
    public static boolean keysHeld() {
        return held;
    }

    private Optional<String> configuredLocation() {
        resolving.set(true);
        try {
            return ConfigProvider.getConfig().getOptionalValue(LOCATION, String.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            resolving.set(false);
        }
    }

    /** The signing keys of a JWKS with only the members verification reads; empty if there are none. */
    static Optional<String> compact(String jwks) {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(jwks))) {
            document = reader.readObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        JsonArrayBuilder kept = Json.createArrayBuilder();
        int count = 0;
        for (JsonValue value : document.getJsonArray("keys") == null ? List.<JsonValue>of()
                : document.getJsonArray("keys")) {
            if (!(value instanceof JsonObject key) || !"sig".equals(key.getString("use", "sig"))
                    || !Set.of("RSA", "EC").contains(key.getString("kty", ""))) {
                continue;
            }
            JsonObjectBuilder compactKey = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : key.entrySet()) {
                if (KEPT.contains(member.getKey())) {
                    compactKey.add(member.getKey(), member.getValue());
                }
            }
            kept.add(compactKey);
            count++;
        }
        return count == 0 ? Optional.empty()
                : Optional.of(Json.createObjectBuilder().add("keys", kept).build().toString());
    }

    private static Optional<String> download(String location) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.of(response.body());
            }
            LOG.warning(() -> "signing keys: " + location + " answered " + response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warning(() -> "signing keys: could not read " + location + ": " + e);
        }
        return Optional.empty();
    }

    @Override
    public int getOrdinal() {
        return 500;
    }

    @Override
    public String getName() {
        return "kiorex-signing-keys";
    }
}
