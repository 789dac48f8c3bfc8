package com.kiorex.consultations.control;

import com.kiorex.consultations.entity.Booking;
import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.messaging.control.DomainEvent;
import com.kiorex.kernel.messaging.control.EventPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publishes each change of a booking's state as a {@link BookingEvent}, once to the notifications
 * queue and once to the calendar queue, inside the caller's transaction: nothing leaves unless the
 * change commits. Both copies carry the same event id (each consumer keys its own idempotency on it).
 */
@Dependent
public class BookingEvents {

    @Inject
    EventPublisher publisher;

    @Inject
    Clock clock;

    public void changed(Booking booking, String type, Instant previousStartsAt) {
        publish(booking, type, previousStartsAt, recipients(booking));
    }

    /**
     * A booking cancelled because its patient's record was erased: reminders are withdrawn, the
     * calendar and the doctor learn of it, but nobody on the patient's side is told (there is nobody
     * left to tell, and a notice would write personal data again right after the erasure).
     */
    public void cancelledByErasure(Booking booking) {
        publish(booking, BookingEvent.CANCELLED, null, List.of());
    }

    private void publish(Booking booking, String type, Instant previousStartsAt, List<String> recipients) {
        BookingEvent event = new BookingEvent(UUID.randomUUID(), type, booking.publicId(), booking.patientId(),
                recipients, booking.doctor().accountSubject(), booking.startsAt(), previousStartsAt,
                booking.doctor().facility().zone().getId(), clock.instant());
        DomainEvent domainEvent = new DomainEvent(event.eventId(), type, event.toJson());
        publisher.publish(BookingEvent.NOTIFICATIONS_QUEUE, domainEvent);
        publisher.publish(BookingEvent.CALENDAR_QUEUE, domainEvent);
    }

    /**
     * Whom to tell on the patient's side: the account that manages the patient's record (the patient,
     * or the family account holder). A front-desk booker is staff and is not a recipient.
     */
    static List<String> recipients(Booking booking) {
        return List.of(booking.patientAccount());
    }
}
