package com.kiorex.notifications.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A daily window, in the person's own zone, in which nothing but urgent messages is sent. The window
 * may cross midnight (22:00-07:00). Start equal to end is refused: it would mean all day or never.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times");
        }
    }

    public boolean contains(Instant instant) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !local.isBefore(start) && local.isBefore(end)
                : !local.isBefore(start) || local.isBefore(end);
    }

    /** The instant itself when outside the window, else the window's end (the next morning if need be). */
    public Instant nextAllowed(Instant instant) {
        if (!contains(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = local.with(this.end);
        if (!end.isAfter(local)) {
            end = local.plusDays(1).with(this.end);
        }
        return end.toInstant();
    }
}
