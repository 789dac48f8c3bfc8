package com.kiorex.consultations.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives bookable periods from weekly local working hours. Each day's hours are turned into UTC
 * instants first (the start at the earlier offset, the end at the later one) and cut into slots of
 * fixed length on the instant line: on a spring-forward day the missing local hour yields no slot,
 * on a fall-back day the repeated hour yields its slots twice, and a slot is always as long as it says.
 */
public record SlotPlan(List<WeeklyHours> hours, List<ScheduleException> exceptions, ZoneId zone, Duration length) {

    public record Period(Instant startsAt, Instant endsAt) {
    }

    public SlotPlan {
        hours = List.copyOf(hours);
        exceptions = List.copyOf(exceptions);
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("slot length must be positive");
        }
    }

    /** The periods starting on the local dates {@code from} (inclusive) to {@code to} (exclusive), after {@code notBefore}. */
    public List<Period> periods(LocalDate from, LocalDate to, Instant notBefore) {
        List<Period> periods = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            for (WeeklyHours h : hours) {
                if (h.day() == date.getDayOfWeek()) {
                    addDay(periods, date, h, notBefore);
                }
            }
        }
        periods.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        return periods;
    }

    private void addDay(List<Period> periods, LocalDate date, WeeklyHours h, Instant notBefore) {
        Instant start = ZonedDateTime.ofLocal(date.atTime(h.start()), zone, null).withEarlierOffsetAtOverlap().toInstant();
        Instant end = ZonedDateTime.ofLocal(date.atTime(h.end()), zone, null).withLaterOffsetAtOverlap().toInstant();
        for (Instant s = start; !s.plus(length).isAfter(end); s = s.plus(length)) {
            Period period = new Period(s, s.plus(length));
            if (!s.isBefore(notBefore) && exceptions.stream().noneMatch(x -> x.overlaps(period.startsAt(), period.endsAt()))) {
                periods.add(period);
            }
        }
    }
}
