package com.kiorex.consultations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static SlotPlan plan(DayOfWeek day, String from, String to, List<ScheduleException> exceptions) {
        return new SlotPlan(List.of(new WeeklyHours(day, LocalTime.parse(from), LocalTime.parse(to))), exceptions,
                BERLIN, HALF_HOUR);
    }

    @Test
    void ordinaryDay_givesSlotsInUtcFromLocalHours() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        var periods = plan(DayOfWeek.MONDAY, "09:00", "10:00", List.of()).periods(monday, monday.plusDays(7), Instant.EPOCH);
        assertThat(periods).extracting(SlotPlan.Period::startsAt)
                .containsExactly(Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T08:30:00Z"));
    }

    @Test
    void springForward_theMissingHourHasNoSlots_andEverySlotLastsItsLength() {
        LocalDate sunday = LocalDate.of(2026, 3, 29); // 02:00 CET -> 03:00 CEST
        var periods = plan(DayOfWeek.SUNDAY, "01:00", "04:00", List.of()).periods(sunday, sunday.plusDays(1), Instant.EPOCH);
        assertThat(periods).extracting(p -> p.startsAt().atZone(BERLIN).toLocalTime().toString())
                .containsExactly("01:00", "01:30", "03:00", "03:30");
        assertThat(periods).allSatisfy(p -> assertThat(Duration.between(p.startsAt(), p.endsAt())).isEqualTo(HALF_HOUR));
    }

    @Test
    void fallBack_theRepeatedHourHasItsSlotsTwice() {
        LocalDate sunday = LocalDate.of(2026, 10, 25); // 03:00 CEST -> 02:00 CET
        var periods = plan(DayOfWeek.SUNDAY, "01:00", "04:00", List.of()).periods(sunday, sunday.plusDays(1), Instant.EPOCH);
        assertThat(periods).hasSize(8);
        assertThat(periods).extracting(p -> p.startsAt().atZone(BERLIN).toLocalTime().toString())
                .containsExactly("01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30");
        assertThat(periods).extracting(SlotPlan.Period::startsAt).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void exceptionAndPast_removeSlots() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        var leave = new ScheduleException(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T09:30:00Z"),
                "leave");
        var periods = plan(DayOfWeek.MONDAY, "09:00", "11:00", List.of(leave))
                .periods(monday, monday.plusDays(1), Instant.parse("2026-11-23T08:15:00Z"));
        assertThat(periods).extracting(SlotPlan.Period::startsAt)
                .containsExactly(Instant.parse("2026-11-23T08:30:00Z"), Instant.parse("2026-11-23T09:30:00Z"));
    }

    @Test
    void hoursShorterThanASlot_giveNone() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(plan(DayOfWeek.MONDAY, "09:00", "09:20", List.of()).periods(monday, monday.plusDays(1), Instant.EPOCH))
                .isEmpty();
    }
}
