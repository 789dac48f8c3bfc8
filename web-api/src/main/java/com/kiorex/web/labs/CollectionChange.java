package com.kiorex.web.labs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The next collection status of an order. */
public record CollectionChange(
        @NotNull(message = "is required")
        @Pattern(regexp = "COLLECTED|RECEIVED_AT_LAB|CANCELLED", message = "must be COLLECTED, RECEIVED_AT_LAB or CANCELLED")
        String status) {
}
