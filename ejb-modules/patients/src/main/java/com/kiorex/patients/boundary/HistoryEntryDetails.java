package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.HistoryCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A history entry to record. Conditions should carry an ICD-10 code, medications an ATC code. */
public record HistoryEntryDetails(
        @NotNull(message = "is required") HistoryCategory category,
        @Pattern(regexp = "ICD-10|ATC|SNOMED-CT|LOCAL", message = "must be one of ICD-10, ATC, SNOMED-CT, LOCAL")
        String codeSystem,
        @Size(max = 20, message = "must be at most 20 characters") String code,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String display,
        @PastOrPresent(message = "must not be in the future") LocalDate onsetDate,
        LocalDate endDate,
        @Size(max = 2000, message = "must be at most 2000 characters") String note) {
}
