package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.entity.AtcCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One medicine to prescribe. The route is one of the coded routes (EDQM Standard Terms). */
public record PrescriptionItemDetails(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String medicineName,
        @Pattern(regexp = AtcCode.SHAPE_REGEX, message = "must be a WHO ATC code such as N02BE01")
        String atcCode,
        @Size(max = 50, message = "must be at most 50 characters") String strength,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String dose,
        @NotNull(message = "is required")
        @Pattern(regexp = "ORAL|INTRAVENOUS|INTRAMUSCULAR|SUBCUTANEOUS|CUTANEOUS|INHALATION|NASAL|OCULAR|RECTAL",
                message = "must be one of ORAL, INTRAVENOUS, INTRAMUSCULAR, SUBCUTANEOUS, CUTANEOUS, INHALATION, "
                        + "NASAL, OCULAR, RECTAL")
        String route,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String frequency,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 365, message = "must be at most 365") Integer durationDays,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 10000, message = "must be at most 10000") Integer quantity,
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
        String quantityUnit,
        @Size(max = 500, message = "must be at most 500 characters") String instructions) {
}
