package com.kiorex.kernel.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What another context may learn about a patient without depending on the patients context: who
 * manages the record (for object-level access rules) and the name and birth date a clinical document
 * must print. The patients context answers; callers apply their own access rules and audit first.
 */
public interface PatientDirectory {

    /** The active patient's name and birth date; empty when there is no such patient or it was erased. */
    Optional<PatientCard> card(UUID patientId);

    /**
     * The subject of the account that manages the record: the patient's own account, or the family
     * account holder's for a family member. Empty when the patient does not exist, is erased, or has
     * no account.
     */
    Optional<String> managingAccount(UUID patientId);

    /** True when this account (token subject) manages the patient's record: their own or a family member's. */
    default boolean managedBy(UUID patientId, String accountSubject) {
        return accountSubject != null && managingAccount(patientId).map(accountSubject::equals).orElse(false);
    }

    /**
     * True when the record was erased (GDPR). An event sent before an erasure may be handled after
     * it; its consumer asks this so that nothing more is said to the patient's side. False for an
     * unknown id, and from a directory that does not track erasures.
     */
    default boolean erased(UUID patientId) {
        return false;
    }

    record PatientCard(String displayName, LocalDate birthDate) {
    }
}
