package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.Demographics;
import com.kiorex.patients.entity.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a caller sends to register or update a patient's profile. */
public record PatientDetails(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String familyName,
        @NotNull(message = "is required") @Past(message = "must be in the past")
        LocalDate birthDate,
        Gender gender,
        @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters")
        String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,29}", message = "must be a phone number such as +44 20 7946 0000")
        String phone,
        @Size(max = 200, message = "must be at most 200 characters") String addressLine,
        @Size(max = 100, message = "must be at most 100 characters") String city,
        @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code") String country,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as en or fr-CA")
        String preferredLanguage) {

    Demographics toDemographics() {
        return new Demographics(givenName, familyName, birthDate, gender,
                new Demographics.Contact(email, phone, addressLine, city, postalCode, country, preferredLanguage));
    }
}
