package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;
    /** {@code System.nanoTime()} may be negative; the bucket must only rely on differences. */
    private static final long T0 = -7_345 * SECOND;

    private static TokenBucket drained(int perMinute) {
        TokenBucket bucket = new TokenBucket(perMinute, T0);
        for (int i = 0; i < perMinute; i++) {
            assertThat(bucket.tryTake(T0)).as("request %d of a full bucket", i + 1).isZero();
        }
        return bucket;
    }

    @Test
    void tryTake_grantsAWholeMinutesWorthAtOnceThenRefuses() {
        TokenBucket bucket = drained(5);

        assertThat(bucket.tryTake(T0)).isPositive();
    }

    @Test
    void tryTake_refillsAtTheRateOfTheLimit() {
        TokenBucket bucket = drained(60);

        assertThat(bucket.tryTake(T0 + 999 * MILLI)).as("just under one second later").isPositive();
        assertThat(bucket.tryTake(T0 + 1_001 * MILLI)).as("one second later").isZero();
        assertThat(bucket.tryTake(T0 + 1_002 * MILLI)).as("that token is spent").isPositive();
    }

    @Test
    void tryTake_neverSavesUpMoreThanOneMinutesWorth() {
        TokenBucket bucket = drained(3);
        long muchLater = T0 + 3_600 * SECOND;

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(muchLater)).isZero();
        }
        assertThat(bucket.tryTake(muchLater)).isPositive();
    }

    @Test
    void tryTake_doesNotSpendATokenWhenRefusing() {
        TokenBucket bucket = drained(1);

        for (int i = 0; i < 10; i++) {
            bucket.tryTake(T0 + i * SECOND);
        }

        assertThat(bucket.tryTake(T0 + 60 * SECOND + MILLI)).isZero();
    }

    @ParameterizedTest(name = "{0}/min, asked again after {1} ms: wait {2} s")
    @CsvSource({
        "1,     0,     60",
        "1,     30000, 30",
        "1,     59500, 1",
        "6,     0,     10",
        "60,    400,   1",
        "6000,  0,     1"
    })
    void tryTake_saysHowManyWholeSecondsUntilTheNextToken(int perMinute, long afterMillis, long retryAfter) {
        TokenBucket bucket = drained(perMinute);

        assertThat(bucket.tryTake(T0 + afterMillis * MILLI)).isEqualTo(retryAfter);
    }

    @Test
    void idleNanos_countsFromTheLastRequest() {
        TokenBucket bucket = new TokenBucket(10, T0);
        bucket.tryTake(T0 + 5 * SECOND);

        assertThat(bucket.idleNanos(T0 + 65 * SECOND)).isEqualTo(60 * SECOND);
    }
}
