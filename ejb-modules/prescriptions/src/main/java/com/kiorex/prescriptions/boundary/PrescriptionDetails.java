package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.entity.Prescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A prescription to issue: for whom, optionally from which consultation, for how long, and what. */
public record PrescriptionDetails(
        @NotNull(message = "is required") UUID patientId,
        UUID consultationId,
        @Min(value = 1, message = "must be at least 1") @Max(value = 180, message = "must be at most 180")
        Integer validForDays,
        @NotEmpty(message = "needs at least one item")
        @Size(max = Prescription.MAX_ITEMS, message = "must have at most " + Prescription.MAX_ITEMS + " items")
        List<@NotNull(message = "must not be null") @Valid PrescriptionItemDetails> items) {
}
