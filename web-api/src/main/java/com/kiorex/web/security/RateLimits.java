package com.kiorex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests a minute per caller: {@code kiorex.rate-limit.per-minute} by default, raised or lowered
 * per role with {@code kiorex.rate-limit.per-minute.<role>} (a caller with several roles gets the
 * highest). Buckets live in this server's memory; behind a load balancer each node limits alone.
 */
@ApplicationScoped
public class RateLimits {

    private static final long IDLE_EVICTION_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int EVICTION_THRESHOLD = 50_000;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "kiorex.rate-limit.per-minute", defaultValue = "100")
    int defaultPerMinute;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the request may go ahead, otherwise seconds until it may. */
    public long take(String key, Set<String> roles) {
        long now = System.nanoTime();
        if (buckets.size() > EVICTION_THRESHOLD) {
            buckets.values().removeIf(b -> b.idleNanos(now) > IDLE_EVICTION_NANOS);
        }
        int limit = limitFor(roles);
        TokenBucket bucket = buckets.compute(key, (k, existing) ->
                existing == null || existing.perMinute() != limit ? new TokenBucket(limit, now) : existing);
        return bucket.tryTake(now);
    }

    int limitFor(Set<String> roles) {
        int limit = defaultPerMinute;
        boolean roleSpecific = false;
        for (String role : roles) {
            var configured = config.getOptionalValue("kiorex.rate-limit.per-minute." + role, Integer.class);
            if (configured.isPresent()) {
                limit = roleSpecific ? Math.max(limit, configured.get()) : configured.get();
                roleSpecific = true;
            }
        }
        return limit;
    }
}
