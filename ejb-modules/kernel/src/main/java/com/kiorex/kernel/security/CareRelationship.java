package com.kiorex.kernel.security;

import java.util.UUID;

/**
 * A source of care relationships between staff and patients. The patients context contributes
 * explicit care-team assignments; other contexts (consultations, home care) add their own
 * implementations, and access checks ask all of them.
 */
public interface CareRelationship {

    /** True when the staff member with this token subject currently cares for the patient. */
    boolean cares(String staffSubject, UUID patientId);
}
