package com.kiorex.notifications.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reminders of a booking: 24 h and 1 h before it starts, those still in the future. */
public final class ReminderSchedule {

    public static final String REMINDER_24H = "booking.reminder-24h";
    public static final String REMINDER_1H = "booking.reminder-1h";

    /** One reminder: its template and when it goes out. */
    public record Reminder(String template, Instant sendAt) {
    }

    private ReminderSchedule() {
    }

    public static List<Reminder> forBooking(Instant startsAt, Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        add(reminders, REMINDER_24H, startsAt.minus(Duration.ofHours(24)), now);
        add(reminders, REMINDER_1H, startsAt.minus(Duration.ofHours(1)), now);
        return reminders;
    }

    private static void add(List<Reminder> reminders, String template, Instant sendAt, Instant now) {
        if (sendAt.isAfter(now)) {
            reminders.add(new Reminder(template, sendAt));
        }
    }
}
