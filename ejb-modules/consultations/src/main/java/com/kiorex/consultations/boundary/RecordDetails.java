package com.kiorex.consultations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The doctor's notes (SOAP) and ICD-10 diagnoses of a consultation. */
public record RecordDetails(
        @Size(max = 10000, message = "must be at most 10000 characters") String subjective,
        @Size(max = 10000, message = "must be at most 10000 characters") String objective,
        @Size(max = 10000, message = "must be at most 10000 characters") String assessment,
        @Size(max = 10000, message = "must be at most 10000 characters") String plan,
        @Size(max = 20, message = "must be at most 20 diagnoses") List<@Valid @NotNull Coded> diagnoses) {

    /** One ICD-10 diagnosis. */
    public record Coded(@NotBlank(message = "is required") String code,
                        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
                        String display) {
    }
}
