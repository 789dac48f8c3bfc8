package com.kiorex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.security.enterprise.CallerPrincipal;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this server has already verified, until they expire. Payara checks a token's
 * signature, issuer, audience and expiry on every request; a client sends the same token for its
 * whole five-minute life, so the second and later requests can skip the RSA check (measured:
 * BENCHMARKS.md). Only tokens that Payara accepted are remembered ({@link CallerFilter} hands them
 * in after authentication), under the exact raw token, and one is forgotten the moment its
 * {@code exp} has passed. The raw text is the key as it is: a String's hash code is far cheaper
 * than a digest and is cached once computed (a SHA-256 key was computed twice per request, in the
 * store and here). A look-up compares a presented token's text only with an entry of the same
 * 32-bit hash, which a forger cannot aim at without the token itself. What this gives up: a token
 * stays accepted for the rest of its life even if Keycloak withdraws its signing key meanwhile;
 * Payara's own key cache already keeps a key for five minutes, and access tokens live five minutes.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final ConcurrentMap<String, JsonWebToken> tokens = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "kiorex.security.verified-tokens.max", defaultValue = "20000")
                   int maxEntries) {
        this(maxEntries, Clock.systemUTC());
    }

    VerifiedTokens(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** CDI needs a no-argument constructor for the client proxy; never called for the instance itself. */
    protected VerifiedTokens() {
        this(0, Clock.systemUTC());
    }

    /** The token verified earlier for exactly this raw text, or null (then Payara verifies it). */
    public CallerPrincipal verified(String rawToken) {
        if (maxEntries <= 0 || rawToken == null) {
            return null;
        }
                JsonWebToken token = tokens.get(rawToken);
        if (token == null) {
            return null;
        }
        if (expired(token, clock.instant().getEpochSecond())) {
            tokens.remove(rawToken, token);
            return null;
        }
        return (CallerPrincipal) token;
    }

    /** Remembers a token that the container has just verified; one without an expiry is not kept. */
    public void remember(JsonWebToken token) {
        String raw = token.getRawToken();
        long now = clock.instant().getEpochSecond();
        // Payara's token is a CallerPrincipal, which is what an identity store must answer with
        if (maxEntries <= 0 || raw == null || !(token instanceof CallerPrincipal)
                || expiry(token) <= 0 || expired(token, now)) {
            return;
        }
        if (tokens.size() >= maxEntries) {
            tokens.values().removeIf(t -> expired(t, now));
            if (tokens.size() >= maxEntries) {
                return;
            }
        }
        tokens.putIfAbsent(raw, token);
    }

    int size() {
        return tokens.size();
    }

    private static boolean expired(JsonWebToken token, long nowEpochSecond) {
        return expiry(token) <= nowEpochSecond;
    }

    /** The exp claim in epoch seconds, or 0 without one (getExpirationTime() would fail unboxing null). */
    private static long expiry(JsonWebToken token) {
        Object exp = token.getClaim("exp");
        if (exp instanceof Number n) {
            return n.longValue();
        }
        return exp instanceof JsonNumber n ? n.longValue() : 0;
    }
}
