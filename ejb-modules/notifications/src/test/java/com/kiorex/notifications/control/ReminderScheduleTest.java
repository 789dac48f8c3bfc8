package com.kiorex.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Instant STARTS = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void bookingDaysAhead_getsBothReminders() {
        assertThat(ReminderSchedule.forBooking(STARTS, Instant.parse("2026-11-25T10:00:00Z"))).containsExactly(
                new ReminderSchedule.Reminder(ReminderSchedule.REMINDER_24H, Instant.parse("2026-11-30T09:00:00Z")),
                new ReminderSchedule.Reminder(ReminderSchedule.REMINDER_1H, Instant.parse("2026-12-01T08:00:00Z")));
    }

    @Test
    void bookingLessThan24hAhead_getsOnlyTheOneHourReminder() {
        assertThat(ReminderSchedule.forBooking(STARTS, Instant.parse("2026-11-30T12:00:00Z")))
                .extracting(ReminderSchedule.Reminder::template).containsExactly(ReminderSchedule.REMINDER_1H);
    }

    @Test
    void bookingWithinTheHour_getsNoReminder() {
        assertThat(ReminderSchedule.forBooking(STARTS, Instant.parse("2026-12-01T08:30:00Z"))).isEmpty();
    }
}
