package com.kiorex.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.notifications.boundary.Preferences;
import com.kiorex.web.params.InvalidParameter;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesBodyTest {

    @Test
    void quietHours_needAllThreeParts_differentTimes_andARealZone() {
        PreferencesBody body = new PreferencesBody();
        body.quietHours = new PreferencesBody.Quiet();
        body.quietHours.start = LocalTime.of(22, 0);
        assertThatThrownBy(body::toPreferences).isInstanceOf(InvalidParameter.class);
        body.quietHours.end = LocalTime.of(22, 0);
        body.quietHours.zone = "Europe/Paris";
        assertThatThrownBy(body::toPreferences).hasMessageContaining("differ");
        body.quietHours.end = LocalTime.of(7, 0);
        body.quietHours.zone = "Mars/Olympus";
        assertThatThrownBy(body::toPreferences).isInstanceOf(InvalidParameter.class)
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("quietHours.zone");
        body.quietHours.zone = "Europe/Paris";
        assertThat(body.toPreferences().quietHours()).isEqualTo(
                new Preferences.Quiet(LocalTime.of(22, 0), LocalTime.of(7, 0), "Europe/Paris"));
    }

    @Test
    void channels_onlyKnownEventTypesAndChannels() {
        PreferencesBody body = new PreferencesBody();
        body.channels = Map.of("booking.teleported", Set.of("EMAIL"));
        assertThatThrownBy(body::toPreferences).hasMessageContaining("booking.teleported");
        body.channels = Map.of("*", Set.of("FAX"));
        assertThatThrownBy(body::toPreferences).hasMessageContaining("EMAIL, SMS, PUSH, IN_APP");
        body.channels = Map.of("*", Set.of("SMS"), "booking.booked", Set.of());
        assertThat(body.toPreferences().channels()).containsEntry("booking.booked", Set.of());
        assertThat(body.toPreferences().language()).isEqualTo("en");
    }
}
