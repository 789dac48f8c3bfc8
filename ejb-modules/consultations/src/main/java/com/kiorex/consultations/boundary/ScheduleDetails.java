package com.kiorex.consultations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A doctor's weekly working hours (facility local time) and how many weeks ahead to open slots. */
public record ScheduleDetails(
        @NotNull(message = "is required") List<@Valid @NotNull Hours> weeklyHours,
        @Min(value = 1, message = "must be 1 to 26") @Max(value = 26, message = "must be 1 to 26") int weeksAhead) {

    /** Hours on one weekday. */
    public record Hours(@NotNull(message = "is required") DayOfWeek day,
                       @NotNull(message = "is required") LocalTime start,
                       @NotNull(message = "is required") LocalTime end) {
    }
}
