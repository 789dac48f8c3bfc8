package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.NotificationPreferences;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person's notification preferences, as read and as written (PUT replaces all). {@code channels}
 * maps an event type (or {@code *}) to channels; {@code quietHours} may be null.
 */
public record Preferences(String email, String phone, String pushToken, String language, Quiet quietHours,
                          Map<String, Set<String>> channels) {

    /** What applies to someone who never set any: the default channels for every event type. */
    static Preferences defaults() {
        return new Preferences(null, null, null, "en", null,
                Map.of(NotificationPreferences.ANY_TYPE, names(NotificationPreferences.DEFAULT_CHANNELS)));
    }

    static Preferences of(NotificationPreferences p) {
        Map<String, Set<String>> channels = new LinkedHashMap<>();
        p.channels().forEach((type, set) -> channels.put(type, names(set)));
        NotificationPreferences.Addresses a = p.addresses();
        return new Preferences(a.email(), a.phone(), a.pushToken(), p.language(),
                p.quietHours().map(q -> new Quiet(q.start(), q.end(), q.zone().getId())).orElse(null), channels);
    }

    private static Set<String> names(Set<Channel> channels) {
        return channels.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Quiet hours in the person's zone; may cross midnight. */
    public record Quiet(LocalTime start, LocalTime end, String zone) {
    }
}
