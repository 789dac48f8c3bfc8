package com.kiorex.prescriptions.control;

import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.contract.Notifier;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.prescriptions.entity.Prescription;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Tells the patient's side that a prescription was issued or cancelled: a notification request to the
 * account that manages the patient's record (the patient's own, or the family account holder's), sent
 * through the outbox inside the issuing or cancelling transaction. The request carries identifiers
 * only; the notifications context renders its templates with what {@code PrescriptionNotificationContent}
 * gives at send time (the prescriber's name and the issue date), never a medicine or the verification code.
 *
 * <p>Subject references: {@code prescription:<id>} for the issue notice, which is withdrawn if the
 * prescription is no longer active when it is due (cancelled or dispensed meanwhile), and
 * {@code prescription:<id>@cancelled} for the cancellation notice.
 */
@Dependent
public class PrescriptionNotices {

    public static final String REF_TYPE = "prescription";
    public static final String ISSUED = "prescription.issued";
    public static final String CANCELLED = "prescription.cancelled";
    public static final String CANCELLED_SUFFIX = "@cancelled";

    private static final Logger LOG = Logger.getLogger(PrescriptionNotices.class.getName());

    @Inject
    Notifier notifier;

    @Inject
    PatientDirectory patients;

    public void issued(Prescription prescription) {
        tell(prescription, ISSUED, prescription.publicId().toString());
    }

    public void cancelled(Prescription prescription) {
        tell(prescription, CANCELLED, prescription.publicId() + CANCELLED_SUFFIX);
    }

    private void tell(Prescription prescription, String template, String refId) {
        Optional<String> account = patients.managingAccount(prescription.patientId());
        if (account.isEmpty()) {
            LOG.info(() -> "prescription " + prescription.publicId() + ": the patient has no account to tell");
            return;
        }
        // one request per prescription and kind: a retried transaction cannot ask twice
        UUID requestId = UUID.nameUUIDFromBytes((template + ":" + prescription.publicId())
                .getBytes(StandardCharsets.UTF_8));
        notifier.request(new NotificationRequest(requestId, account.get(), template, REF_TYPE + ":" + refId,
                null, null, false));
    }
}
