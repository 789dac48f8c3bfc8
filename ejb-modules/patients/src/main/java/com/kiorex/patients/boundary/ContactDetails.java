package com.kiorex.patients.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An emergency contact to add. */
public record ContactDetails(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
        String relationship,
        @NotBlank(message = "is required")
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,29}", message = "must be a phone number such as +44 20 7946 0000")
        String phone,
        @Email(message = "must be an email address") String email) {
}
