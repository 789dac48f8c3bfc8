/**
 * Doctors, slots and bookings with their own rules: a booking moves only through the allowed states,
 * and slots are derived from weekly local working hours as UTC instants (daylight saving included).
 */
package com.kiorex.consultations.entity;
