package com.kiorex.notifications.boundary;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * A person's notification preferences, as read and as written (PUT replaces all). {@code channels}
 * maps an event type (or {@code *}) to channels; {@code quietHours} may be null.
 */
public record Preferences(String email, String phone, String pushToken, String language, Quiet quietHours,
                          Map<String, Set<String>> channels) {

    /** Quiet hours in the person's zone; may cross midnight. */
    public record Quiet(LocalTime start, LocalTime end, String zone) {
    }
}
