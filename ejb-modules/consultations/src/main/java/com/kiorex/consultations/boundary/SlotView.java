package com.kiorex.consultations.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A free slot: the instants in UTC and the same start as the facility's clocks show it. */
public record SlotView(UUID id, Instant startsAt, Instant endsAt, OffsetDateTime localStart, String zone) {

    static SlotView of(UUID id, Instant startsAt, Instant endsAt, ZoneId zone) {
        return new SlotView(id, startsAt, endsAt, startsAt.atZone(zone).toOffsetDateTime(), zone.getId());
    }
}
