package com.kiorex.web.patients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an entry is voided; kept with the entry. */
public record VoidRequest(
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
        String reason) {
}
