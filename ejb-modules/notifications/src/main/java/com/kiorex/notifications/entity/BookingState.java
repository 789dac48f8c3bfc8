package com.kiorex.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The newest booking event seen per booking, so that events arriving out of order (a redelivered
 * BOOKED after its CANCELLED) cannot schedule reminders for a booking that no longer stands.
 */
@Entity
@Table(name = "booking_notification_state")
public class BookingState {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "last_occurred_at")
    private Instant lastOccurredAt;
    private boolean cancelled;

    protected BookingState() {
    }

    public BookingState(UUID bookingId) {
        this.bookingId = bookingId;
        this.lastOccurredAt = Instant.EPOCH;
    }

    /**
     * True when the event is newer than everything seen and the booking is not cancelled (a
     * cancellation is final); the state then moves on to it. False: the event is stale, act on nothing.
     */
    public boolean advance(Instant occurredAt, boolean cancellation) {
        if (cancelled || !occurredAt.isAfter(lastOccurredAt)) {
            return false;
        }
        lastOccurredAt = occurredAt;
        cancelled = cancellation;
        return true;
    }

    public UUID bookingId() {
        return bookingId;
    }
}
