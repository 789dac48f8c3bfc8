package com.kiorex.kernel.contract;

import java.util.Optional;
import java.util.UUID;

/**
 * Which account manages a patient record (the person's own account, or the family account holder's).
 * Offered by the patients context, so that other contexts can let patients reach their own data and
 * address them without depending on the patients module.
 */
public interface PatientAccounts {

    /** The Keycloak subject of the managing account; empty for an unknown, unlinked or erased record. */
    Optional<String> managingAccount(UUID patientId);
}
