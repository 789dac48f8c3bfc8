package com.kiorex.consultations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A period without consultations (leave, holiday), as instants (ISO 8601 with offset or Z). */
public record ExceptionDetails(@NotNull(message = "is required") Instant startsAt,
                               @NotNull(message = "is required") Instant endsAt,
                               @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
                               String reason) {
}
