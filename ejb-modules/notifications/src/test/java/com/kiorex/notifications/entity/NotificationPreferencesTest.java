package com.kiorex.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void channelsPerEventType_withAWildcard_andDefaultsWithoutOne() {
        NotificationPreferences p = new NotificationPreferences("sub");
        assertThat(p.channelsFor("booking.booked")).isEqualTo(NotificationPreferences.DEFAULT_CHANNELS);
        p.update(new NotificationPreferences.Addresses("a@b.c", "+447700900123", null), "fr",
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/Paris")),
                Map.of("booking.booked", Set.of(Channel.SMS, Channel.EMAIL), "*", Set.of(Channel.IN_APP)),
                Instant.EPOCH);
        assertThat(p.channelsFor("booking.booked")).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
        assertThat(p.channelsFor("booking.cancelled")).containsExactly(Channel.IN_APP);
        assertThat(p.quietHours()).isPresent();
        assertThat(p.language()).isEqualTo("fr");
    }

    @Test
    void anEmptyChoice_meansNothingForThatType() {
        NotificationPreferences p = new NotificationPreferences("sub");
        p.update(new NotificationPreferences.Addresses(null, null, null), null, null,
                Map.of("booking.no-show", Set.of()), Instant.EPOCH);
        assertThat(p.channelsFor("booking.no-show")).isEmpty();
        assertThat(p.channelsFor("booking.booked")).isEqualTo(NotificationPreferences.DEFAULT_CHANNELS);
        assertThat(p.quietHours()).isEmpty();
    }
}
