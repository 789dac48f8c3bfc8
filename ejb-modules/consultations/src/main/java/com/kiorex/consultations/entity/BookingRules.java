package com.kiorex.consultations.entity;

import java.time.Duration;

/**
 * The configurable times of the booking rules.
 *
 * @param patientCutoff a patient may cancel or move a booking only this long before it starts;
 *                      the doctor and the front desk may until it starts
 * @param earlyStart    how long before its slot a consultation may be started
 */
public record BookingRules(Duration patientCutoff, Duration earlyStart) {

    public static final BookingRules DEFAULT = new BookingRules(Duration.ofHours(24), Duration.ofMinutes(30));
}
