package com.kiorex.notifications.control;

import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.notifications.entity.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * What a lab order's event means for the patient's side: a notice that it is booked, that a collector
 * is assigned, that the sample was collected, or that it was cancelled, with the collection window in
 * the facility's zone. An event older than the newest one seen for the order, or any after its
 * cancellation, changes nothing (the same per-subject state as consultations' bookings).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LabBookingNotifications {

    public static final String REF_TYPE = "lab-order";
    private static final Logger LOG = Logger.getLogger(LabBookingNotifications.class.getName());

    @Inject
    BookingStates states;

    @Inject
    Planner planner;

    @Inject
    Clock clock;

    @Inject
    PatientSide patientSides;

    public void handle(LabBookingEvent event) {
        if (!states.advance(event.orderId(), event.occurredAt(), LabBookingEvent.CANCELLED.equals(event.type()))) {
            LOG.info(() -> "lab booking event " + event.eventId() + " is older than what was seen: nothing to do");
            return;
        }
        String context = BookingFallback.context(event.windowStart(), null, event.facilityZone());
        for (String person : patientSides.stillReachable(event.patientId(), event.recipients())) {
            planner.plan(new Notification.Spec(event.eventId().toString(), person, event.patientId(), event.type(),
                    REF_TYPE + ":" + event.orderId(), null, clock.instant(), false, context));
        }
    }
}
