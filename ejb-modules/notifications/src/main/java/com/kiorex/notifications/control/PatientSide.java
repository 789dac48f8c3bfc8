package com.kiorex.notifications.control;

import com.kiorex.kernel.contract.PatientDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Who on the patient's side an event may still reach. Erasure withdraws what is queued in its own
 * transaction, but an event sent before it can be handled after it (it waited in the outbox or on
 * the broker); once the record is erased such an event tells and reminds no one on the patient's
 * side. The clinician's side is told as before (a cancelled booking still frees the doctor's slot).
 */
@Dependent
public class PatientSide {

    @Inject
    @Any
    Instance<PatientDirectory> directories;

    public List<String> stillReachable(UUID patientId, List<String> recipients) {
        if (patientId == null || recipients.isEmpty()) {
            return recipients;
        }
        for (PatientDirectory directory : directories) {
            if (directory.erased(patientId)) {
                return List.of();
            }
        }
        return recipients;
    }
}
