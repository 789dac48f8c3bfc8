/**
 * Consultations: doctor profiles linked to staff accounts, weekly schedules and the bookable slots
 * derived from them, bookings with their life cycle, the consultation record, and the doctor's
 * calendar kept from booking events.
 */
package com.kiorex.consultations;
