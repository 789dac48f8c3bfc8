package com.kiorex.consultations.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What patients and staff search doctors by; every part optional. {@code availableOn} is a date in
 * each doctor's facility zone. {@code latitude}/{@code longitude}/{@code withinKm} go together.
 */
public record DoctorCriteria(
        @Pattern(regexp = "[a-z-]{2,40}", message = "must be a specialty code") String specialty,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as en") String language,
        @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal minFee,
        @DecimalMin(value = "0", message = "must be 0 or more") BigDecimal maxFee,
        @DecimalMin(value = "0", message = "must be between 0 and 5")
        @DecimalMax(value = "5", message = "must be between 0 and 5") BigDecimal minRating,
        LocalDate availableOn,
        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
        @DecimalMin(value = "0.1", message = "must be between 0.1 and 1000")
        @DecimalMax(value = "1000", message = "must be between 0.1 and 1000") Double withinKm,
        @Size(min = 2, max = 100, message = "must be 2 to 100 characters") String name) {

    public boolean near() {
        return latitude != null && longitude != null;
    }
}
