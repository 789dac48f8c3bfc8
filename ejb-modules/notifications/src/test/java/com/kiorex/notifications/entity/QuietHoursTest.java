package com.kiorex.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), PARIS);

    @Test
    void acrossMidnight_bothSidesAreQuiet_andTheDayIsNot() {
        assertThat(overnight.contains(Instant.parse("2026-11-21T22:30:00Z"))).isTrue();  // 23:30 Paris
        assertThat(overnight.contains(Instant.parse("2026-11-22T05:59:00Z"))).isTrue();  // 06:59 Paris
        assertThat(overnight.contains(Instant.parse("2026-11-22T06:00:00Z"))).isFalse(); // 07:00 Paris
        assertThat(overnight.contains(Instant.parse("2026-11-22T12:00:00Z"))).isFalse();
        assertThat(overnight.contains(Instant.parse("2026-11-21T21:00:00Z"))).isTrue();  // 22:00 Paris
    }

    @Test
    void nextAllowed_beforeMidnight_isTomorrowMorningInThePersonsZone() {
        assertThat(overnight.nextAllowed(Instant.parse("2026-11-21T22:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T06:00:00Z"));
    }

    @Test
    void nextAllowed_afterMidnight_isThisMorning() {
        assertThat(overnight.nextAllowed(Instant.parse("2026-11-22T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T06:00:00Z"));
    }

    @Test
    void nextAllowed_outsideTheWindow_isNow() {
        Instant noon = Instant.parse("2026-11-22T11:00:00Z");
        assertThat(overnight.nextAllowed(noon)).isEqualTo(noon);
    }

    @Test
    void sameWallTime_meansADifferentInstantInAnotherZone() {
        QuietHours tokyo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Asia/Tokyo"));
        Instant parisEvening = Instant.parse("2026-11-21T22:30:00Z"); // 07:30 next day in Tokyo
        assertThat(tokyo.contains(parisEvening)).isFalse();
        assertThat(overnight.contains(parisEvening)).isTrue();
    }

    @Test
    void daytimeWindow_isQuietOnlyInside() {
        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0), PARIS);
        assertThat(siesta.contains(Instant.parse("2026-11-22T12:30:00Z"))).isTrue();
        assertThat(siesta.contains(Instant.parse("2026-11-22T14:00:00Z"))).isFalse();
        assertThat(siesta.nextAllowed(Instant.parse("2026-11-22T12:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T14:00:00Z"));
    }

    @Test
    void emptyWindow_isRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, PARIS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
