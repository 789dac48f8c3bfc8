package com.kiorex.notifications.control;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.notifications.entity.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What a booking event means for people: a confirmation, move, cancellation or no-show notice to the
 * patient's side and (except no-shows) the doctor, and the patient side's 24 h and 1 h reminders,
 * scheduled on BOOKED/RESCHEDULED and withdrawn when the booking moves, is cancelled, missed or starts.
 * An event older than the newest one seen for its booking, or any after a cancellation, changes nothing;
 * a cancellation always counts (see {@code BookingState}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BookingNotifications {

    private static final Logger LOG = Logger.getLogger(BookingNotifications.class.getName());

    @Inject
    BookingStates states;

    @Inject
    Planner planner;

    @Inject
    Clock clock;

    @Inject
    PatientSide patientSides;

    public void handle(BookingEvent event) {
        if (!current(event)) {
            LOG.info(() -> "booking event " + event.eventId() + " is older than what was seen: nothing to do");
            return;
        }
        String correlation = correlationOf(event);
        String context = BookingFallback.context(event.startsAt(), event.previousStartsAt(), event.facilityZone());
        List<String> patientSide = patientSides.stillReachable(event.patientId(), event.recipients());
        List<String> everyone = new ArrayList<>(patientSide);
        everyone.add(event.doctorSubject());
        switch (event.type()) {
            case BookingEvent.BOOKED -> {
                tell(event, everyone, context);
                remind(event, patientSide, correlation, context);
            }
            case BookingEvent.RESCHEDULED -> {
                planner.withdraw(correlation);
                tell(event, everyone, context);
                remind(event, patientSide, correlation, context);
            }
            case BookingEvent.CANCELLED -> {
                planner.withdraw(correlation);
                tell(event, everyone, context);
            }
            case BookingEvent.NO_SHOW -> {
                planner.withdraw(correlation);
                tell(event, patientSide, context);
            }
            default -> planner.withdraw(correlation); // started or ended: reminders are moot
        }
    }

    public static String correlationOf(BookingEvent event) {
        return "booking:" + event.bookingId();
    }

    /**
     * A reminder is about the booking at this start time ({@code booking:<id>@<epoch seconds>}, the
     * consultations context's reference form): if the booking has moved or been cancelled by the time
     * the reminder is due, its owner answers nothing and the reminder is withdrawn.
     */
    static String reminderRef(BookingEvent event) {
        return "booking:" + event.bookingId() + "@" + event.startsAt().getEpochSecond();
    }

    private boolean current(BookingEvent event) {
        return states.advance(event.bookingId(), event.occurredAt(), BookingEvent.CANCELLED.equals(event.type()));
    }

    private void tell(BookingEvent event, List<String> people, String context) {
        for (String person : people) {
            planner.plan(new Notification.Spec(event.eventId().toString(), person, event.patientId(), event.type(),
                    "booking:" + event.bookingId(), null, clock.instant(), false, context));
        }
    }

    private void remind(BookingEvent event, List<String> people, String correlation, String context) {
        for (ReminderSchedule.Reminder reminder : ReminderSchedule.forBooking(event.startsAt(), clock.instant())) {
            for (String person : people) {
                planner.plan(new Notification.Spec(event.eventId().toString(), person, event.patientId(),
                        reminder.template(), reminderRef(event), correlation, reminder.sendAt(), false,
                        context));
            }
        }
    }
}
