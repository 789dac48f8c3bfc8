package com.kiorex.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The newest booking event seen per booking (or lab order), so that events arriving out of order (a
 * redelivered BOOKED after its CANCELLED, or two consumer sessions taking them at the same moment)
 * cannot schedule reminders for a booking that no longer stands. Events are ordered by their
 * {@code occurredAt}, except that a cancellation is final in both contexts and so always counts: a
 * cancellation stamped a little earlier than the booking it ends (another node's clock) is not lost.
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
     * True when the event is to be acted on: the booking is not cancelled (a cancellation is final) and
     * the event is either newer than everything seen or the cancellation itself; the state then moves
     * on to it. False: the event is stale, act on nothing. Times count to the microsecond, the
     * column's precision, so a time read back from the database compares as it was written.
     */
    public boolean advance(Instant occurredAt, boolean cancellation) {
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (cancelled || !cancellation && !at.isAfter(lastOccurredAt)) {
            return false;
        }
        lastOccurredAt = at.isAfter(lastOccurredAt) ? at : lastOccurredAt;
        cancelled = cancellation;
        return true;
    }

    public UUID bookingId() {
        return bookingId;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
