package com.kiorex.consultations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A doctor's profile as an administrator enters it; {@code accountUserId} is the staff user's Keycloak id. */
public record DoctorDetails(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String accountUserId,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Email(message = "must be an email address") String email,
        @NotEmpty(message = "needs at least one specialty code") List<@NotBlank String> specialties,
        @NotEmpty(message = "needs at least one language") List<@Pattern(regexp = "[a-z]{2,3}",
                message = "must be ISO 639 codes such as en") String> languages,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal fee,
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,
        @NotNull(message = "is required") @Valid FacilityDetails facility,
        @Min(value = 5, message = "must be 5 to 240") @Max(value = 240, message = "must be 5 to 240") int slotMinutes,
        boolean verified,
        @DecimalMin(value = "0", message = "must be between 0 and 5")
        @DecimalMax(value = "5", message = "must be between 0 and 5") BigDecimal rating) {

    /** Where the doctor sees patients. */
    public record FacilityDetails(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required") @DecimalMin(value = "-90", message = "must be between -90 and 90")
            @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
            @NotNull(message = "is required") @DecimalMin(value = "-180", message = "must be between -180 and 180")
            @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
            @NotBlank(message = "is required (an IANA zone such as Europe/London)") String zone) {
    }
}
