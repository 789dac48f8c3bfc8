/**
 * The use cases the web layer calls (doctor directory, schedules, bookings, consultation records,
 * calendar), the calendar consumer, and what this context offers others through the kernel contracts.
 */
package com.kiorex.consultations.boundary;
