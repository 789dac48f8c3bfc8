package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.LabOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lab order as its patient, their doctors and lab staff see it. */
public record OrderView(UUID id, UUID patientId, List<String> tests, UUID facilityId, String mode, String homeAddress,
                        Instant windowStart, Instant windowEnd, String collectionStatus, String collectorSubject,
                        String orderingDoctorSubject, Instant createdAt, long version) {

    static OrderView of(LabOrder o) {
        return new OrderView(o.publicId(), o.patientId(), o.tests().stream().sorted().toList(),
                o.facility().publicId(), o.mode().name(), o.homeAddress(), o.windowStart(), o.windowEnd(),
                o.status().name(), o.collectorSubject(), o.orderingDoctorSubject(), o.createdAt(), o.version());
    }
}
