package com.kiorex.web.prescriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The verification code printed on a prescription, as a pharmacist typed or scanned it. */
public record VerificationCodeRequest(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        String code) {
}
