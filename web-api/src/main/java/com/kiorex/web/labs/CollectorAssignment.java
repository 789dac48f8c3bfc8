package com.kiorex.web.labs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The collector (account subject) sent to a home collection. */
public record CollectorAssignment(
        @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String collectorSubject) {
}
