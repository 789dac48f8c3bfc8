package com.kiorex.kernel.contract;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Offered by every context that keeps personal data about patients, so that a GDPR access request
 * (Art. 15/20) and an erasure (Art. 17) reach all of it. The patients context finds every
 * implementation (CDI {@code Instance}), checks access and audits once, and then asks each holder,
 * inside its own transaction: an erasure is all or nothing.
 *
 * <p>Erasure follows one rule everywhere: identifying data and free text go; coded clinical facts,
 * their times and the audit trail stay (medical-record retention outranks erasure for those,
 * Art. 17(3)(c) and (h)). Live things about the patient (bookings, orders, prescriptions, reminders)
 * are stopped through their own transitions. Each implementation says in its javadoc what that
 * means for its data. Implementations write no audit rows and log nothing about the patient.
 */
public interface PersonalDataHolder {

    /** The stable name of this holder's part of the export, e.g. {@code consultations}. */
    String section();

    /**
     * Everything this context holds about the person, as a record (JSON-B writes it like the rest of
     * the export; never an entity). Read only from this context's own tables.
     */
    Record export(DataSubject subject);

    /** Anonymises the person's data in this context, as of {@code when}, inside the caller's transaction. */
    void erase(DataSubject subject, Instant when);

    /**
     * Whose data: the patient, and the account that is their own ({@code ownAccount}, the token
     * subject) when the record is an account holder's own. It is null for a family member, whose
     * account-wide data (notification preferences, inbox) belongs to the family account holder.
     */
    record DataSubject(UUID patientId, String ownAccount) {
        public DataSubject {
            Objects.requireNonNull(patientId, "patientId");
        }
    }
}
