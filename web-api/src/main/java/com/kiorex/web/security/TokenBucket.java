package com.kiorex.web.security;

/**
 * A token bucket refilled continuously at {@code perMinute} tokens a minute, holding at most
 * {@code perMinute}. Synchronised per bucket: contention is per user, not global.
 */
final class TokenBucket {

    private final int perMinute;
    private double tokens;
    private long lastNanos;

    TokenBucket(int perMinute, long nowNanos) {
        this.perMinute = perMinute;
        this.tokens = perMinute;
        this.lastNanos = nowNanos;
    }

    /** Takes one token; returns 0 when granted, otherwise the whole seconds to wait for one. */
    synchronized long tryTake(long nowNanos) {
        double perNano = perMinute / 60e9;
        tokens = Math.min(perMinute, tokens + (nowNanos - lastNanos) * perNano);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    synchronized long idleNanos(long nowNanos) {
        return nowNanos - lastNanos;
    }

    int perMinute() {
        return perMinute;
    }
}
