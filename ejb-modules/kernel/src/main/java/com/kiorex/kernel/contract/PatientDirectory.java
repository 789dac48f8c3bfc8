package com.kiorex.kernel.contract;

import java.util.Optional;
import java.util.UUID;

/**
 * Which account manages a patient's record: the patient's own account, or the family account
 * holder's for a family member. Offered by the patients context, so that other contexts (bookings)
 * can apply "a patient acts for the records their account manages" without reading patient data.
 */
public interface PatientDirectory {

    /** The managing account's subject; empty when the patient does not exist, is erased, or has no account. */
    Optional<String> managingAccount(UUID patientId);
}
