package com.kiorex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.kiorex.kernel.security.Role;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests a minute per caller: {@code kiorex.rate-limit.per-minute} by default, raised or lowered
 * per role with {@code kiorex.rate-limit.per-minute.<role>} (a caller with several roles gets the
 * highest, counting the default for a role without its own setting). Buckets live in this server's memory; behind a load balancer each node limits alone.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    private static final long IDLE_EVICTION_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int EVICTION_THRESHOLD = 50_000;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "kiorex.rate-limit.per-minute", defaultValue = "100")
    int defaultPerMinute;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    /** Limits per role set, worked out once: configuration lookups on every request cost throughput. */
    private final ConcurrentMap<Set<String>, Integer> limits = new ConcurrentHashMap<>();

    /** 0 when the request may go ahead, otherwise seconds until it may. */
    public long take(String key, Set<String> roles) {
        long now = System.nanoTime();
        if (buckets.size() > EVICTION_THRESHOLD) {
            buckets.values().removeIf(b -> b.idleNanos(now) > IDLE_EVICTION_NANOS);
        }
        int limit = limits.computeIfAbsent(roles, this::limitFor);
        TokenBucket bucket = buckets.compute(key, (k, existing) ->
                existing == null || existing.perMinute() != limit ? new TokenBucket(limit, now) : existing);
        return bucket.tryTake(now);
    }

    /**
     * The highest limit among the caller's platform roles (Keycloak's own, such as
     * {@code offline_access}, do not count), where a role without a setting of its own has the default. A setting below 1 would block the role entirely (or overflow Retry-After), so it is
     * ignored with a warning and the default applies.
     */
    int limitFor(Set<String> roles) {
        List<String> platformRoles = roles.stream().filter(Role.ALL::contains).toList();
        int limit = platformRoles.isEmpty() ? sane("default", defaultPerMinute, 100) : 0;
        for (String role : platformRoles) {
            int configured = config.getOptionalValue("kiorex.rate-limit.per-minute." + role, Integer.class)
                    .orElse(defaultPerMinute);
            limit = Math.max(limit, sane(role, configured, defaultPerMinute));
        }
        return limit;
    }

    private static int sane(String role, int configured, int fallback) {
        if (configured >= 1) {
            return configured;
        }
        LOG.warning(() -> "rate limit for " + role + " is " + configured + "; using " + fallback);
        return Math.max(1, fallback);
    }
}
