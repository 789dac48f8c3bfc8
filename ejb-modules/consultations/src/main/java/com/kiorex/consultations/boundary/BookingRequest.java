package com.kiorex.consultations.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Book this slot for this patient (yourself, a family member, or, at the front desk, anyone). */
public record BookingRequest(@NotNull(message = "is required") UUID slotId,
                             @NotNull(message = "is required") UUID patientId) {

    String canonical() {
        return slotId + "|" + patientId;
    }
}
