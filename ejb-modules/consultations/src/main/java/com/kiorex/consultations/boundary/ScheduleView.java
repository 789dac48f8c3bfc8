package com.kiorex.consultations.boundary;

/**
 * What a schedule change did: slots opened, slots blocked, and live bookings that now fall into a
 * blocked period (the front desk moves or cancels those; they are not cancelled silently).
 */
public record ScheduleView(DoctorView doctor, int slotsOpened, int bookingsInBlockedPeriod) {
}
