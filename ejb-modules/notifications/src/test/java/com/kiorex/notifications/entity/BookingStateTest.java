package com.kiorex.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingStateTest {

    private static final Instant T1 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void newerEvents_advance_olderAndEqualOnesAreStale() {
        BookingState state = new BookingState(UUID.randomUUID());
        assertThat(state.advance(T1, false)).isTrue();
        assertThat(state.advance(T1, false)).isFalse();
        assertThat(state.advance(T1.minusSeconds(1), false)).isFalse();
        assertThat(state.advance(T1.plusSeconds(1), false)).isTrue();
    }

    @Test
    void aBookedArrivingAfterItsCancellation_isStale() {
        BookingState state = new BookingState(UUID.randomUUID());
        assertThat(state.advance(T1.plusSeconds(60), true)).isTrue();
        assertThat(state.advance(T1, false)).as("redelivered BOOKED").isFalse();
    }

    @Test
    void nothingFollowsACancellation() {
        BookingState state = new BookingState(UUID.randomUUID());
        state.advance(T1, true);
        assertThat(state.advance(T1.plusSeconds(60), false)).isFalse();
    }

    @Test
    void aCancellation_countsEvenWhenStampedBeforeTheEventItFollows() {
        BookingState state = new BookingState(UUID.randomUUID());
        assertThat(state.advance(T1, false)).isTrue();
        assertThat(state.advance(T1.minusMillis(300), true)).as("cancelled on a node whose clock is behind").isTrue();
        assertThat(state.cancelled()).isTrue();
        assertThat(state.advance(T1.plusSeconds(60), false)).as("nothing after it").isFalse();
        assertThat(state.advance(T1.plusSeconds(60), true)).as("nor a second cancellation").isFalse();
    }

    @Test
    void timesCountToTheMicrosecond_asTheDatabaseKeepsThem() {
        BookingState state = new BookingState(UUID.randomUUID());
        assertThat(state.advance(T1.plusNanos(1_000_400), false)).isTrue();
        assertThat(state.advance(T1.plusNanos(1_000_900), false)).as("same microsecond").isFalse();
        assertThat(state.advance(T1.plusNanos(1_001_000), false)).isTrue();
    }
}
