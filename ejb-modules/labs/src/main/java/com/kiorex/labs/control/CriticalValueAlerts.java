package com.kiorex.labs.control;

import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.contract.Notifier;
import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.labs.entity.LabOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A critical value reaches the ordering doctor at once, in the transaction that stores it: an urgent
 * notification request (template {@value #TEMPLATE}, rendered by the notifications context from
 * {@link com.kiorex.labs.boundary.LabObservationContent}) and an alert in the doctor's in-app inbox.
 */
@Dependent
public class CriticalValueAlerts {

    public static final String TEMPLATE = "lab.critical-value";
    public static final String REF_TYPE = "lab-observation";

    private static final Logger LOG = Logger.getLogger(CriticalValueAlerts.class.getName());

    @Inject
    Notifier notifier;

    @Inject
    Inbox inbox;

    public void raise(ObservationStore.Row row, LabOrder order) {
        String doctor = order.orderingDoctorSubject();
        if (doctor == null) {
            // booked by the patient: no doctor to call; the result is flagged for whoever reads it
            LOG.warning(() -> "critical value " + row.publicId() + " on an order without an ordering doctor");
            return;
        }
        UUID requestId = UUID.nameUUIDFromBytes(("critical:" + row.publicId()).getBytes(StandardCharsets.UTF_8));
        notifier.request(new NotificationRequest(requestId, doctor, TEMPLATE, REF_TYPE + ":" + row.publicId(),
                null, null, true));
        inbox.deliver(doctor, row.patientId(), TEMPLATE, "Critical lab value",
                row.testName() + ": " + row.valueText() + (row.unit() == null ? "" : " " + row.unit()) + " ("
                        + row.interpretation() + "), lab order " + order.publicId() + ", observation " + row.publicId());
    }
}
