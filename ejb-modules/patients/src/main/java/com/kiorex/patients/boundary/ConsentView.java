package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.Consent;
import com.kiorex.patients.entity.ConsentPurpose;
import java.time.Instant;
import java.util.UUID;

/** A consent with its grant and, if withdrawn, withdrawal time. */
public record ConsentView(UUID id, ConsentPurpose purpose, String policyVersion, Instant grantedAt,
                          Instant withdrawnAt, boolean active) {

    static ConsentView of(Consent c) {
        return new ConsentView(c.publicId(), c.purpose(), c.policyVersion(), c.grantedAt(), c.withdrawnAt(),
                c.isActive());
    }
}
