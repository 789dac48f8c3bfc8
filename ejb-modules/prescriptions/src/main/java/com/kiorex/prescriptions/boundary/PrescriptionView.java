package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionStatus;
import com.kiorex.prescriptions.entity.Validity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A prescription as the API shows it: the stored status, and its validity today (which also says
 * when an active prescription has expired). The verification code is not part of it.
 */
public record PrescriptionView(UUID id, UUID patientId, UUID consultationId, String prescriberName,
                               Instant issuedAt, LocalDate expiresOn, PrescriptionStatus status, Validity validity,
                               List<PrescriptionItemView> items, Instant dispensedAt, Instant cancelledAt, String cancelReason,
                               long version) {

    public static PrescriptionView of(Prescription p, LocalDate today) {
        return new PrescriptionView(p.publicId(), p.patientId(), p.consultationId(), p.prescriberName(),
                p.issuedAt(), p.expiresOn(), p.status(), p.validityOn(today),
                p.items().stream().map(PrescriptionItemView::of).toList(), p.dispensedAt(), p.cancelledAt(), p.cancelReason(),
                p.version());
    }
}
