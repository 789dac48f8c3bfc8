package com.kiorex.labs.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lab order as a doctor or patient places it. {@code homeAddress} only for mode HOME. */
public record OrderDetails(
        @NotNull(message = "is required") UUID patientId,
        @NotEmpty(message = "name at least one test") @Size(max = 20, message = "at most 20 tests")
        List<@NotNull @Pattern(regexp = "\\d{1,7}-\\d", message = "must be a LOINC code") String> tests,
        @NotNull(message = "is required") UUID facilityId,
        @NotNull(message = "is required") @Pattern(regexp = "AT_LAB|HOME", message = "must be AT_LAB or HOME") String mode,
        @Size(max = 300, message = "at most 300 characters") String homeAddress,
        @NotNull(message = "is required") Instant windowStart,
        @NotNull(message = "is required") Instant windowEnd) {
}
