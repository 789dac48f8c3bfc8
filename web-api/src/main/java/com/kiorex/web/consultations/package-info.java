/**
 * The consultations API: doctor directory and search, schedules and free slots, bookings with their
 * life cycle and record, and the doctor's calendar. Thin resources over the consultations boundary.
 */
package com.kiorex.web.consultations;
