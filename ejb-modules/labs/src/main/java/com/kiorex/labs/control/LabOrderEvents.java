package com.kiorex.labs.control;

import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.kernel.messaging.control.DomainEvent;
import com.kiorex.kernel.messaging.control.EventPublisher;
import com.kiorex.labs.entity.LabOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Publishes each change of a lab order as a {@link LabBookingEvent}, inside the caller's transaction,
 * to the account that manages the patient's record.
 */
@Dependent
public class LabOrderEvents {

    @Inject
    EventPublisher events;

    @Inject
    Instance<PatientDirectory> accounts;

    @Inject
    Clock clock;

    public void changed(String type, LabOrder order) {
        publish(type, order, accounts.stream().flatMap(a -> a.managingAccount(order.patientId()).stream())
                .distinct().toList());
    }

    /**
     * An order cancelled because its patient's record was erased: nobody is told (there is nobody
     * left to tell), but the cancellation is recorded, so a late event cannot revive the order's notices.
     */
    public void cancelledByErasure(LabOrder order) {
        publish(LabBookingEvent.CANCELLED, order, List.of());
    }

    private void publish(String type, LabOrder order, List<String> recipients) {
        LabBookingEvent event = new LabBookingEvent(UUID.randomUUID(), type, order.publicId(), order.patientId(),
                recipients, order.orderingDoctorSubject(), order.mode().name(), order.windowStart(), order.windowEnd(),
                order.facility().zone(), clock.instant());
        events.publish(LabBookingEvent.NOTIFICATIONS_QUEUE, new DomainEvent(event.eventId(), type, event.toJson()));
    }
}
