package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.CareTeamAssignment;
import java.time.Instant;
import java.util.UUID;

/** A care-team assignment as the API shows it. */
public record CareTeamView(UUID id, UUID patientId, String staffUserId, String role, Instant startedAt,
                           Instant endedAt, boolean active) {

    static CareTeamView of(CareTeamAssignment a) {
        return new CareTeamView(a.publicId(), a.patient().publicId(), a.staffSubject(), a.staffRole(),
                a.startedAt(), a.endedAt(), a.isActive());
    }
}
