package com.kiorex.kernel.contract;

import java.util.Optional;

/**
 * Where to reach a person by account subject. The patients context answers for patients' own
 * accounts; the consultations context for doctors. The notifications context uses the person's own
 * channel preferences first and falls back to this.
 */
public interface ContactDirectory {

    Optional<ContactPoints> contactPoints(String accountSubject);

    /** Any part may be null. {@code language} is a BCP 47 tag such as {@code en} or {@code fr}. */
    record ContactPoints(String email, String phone, String language) {
    }
}
