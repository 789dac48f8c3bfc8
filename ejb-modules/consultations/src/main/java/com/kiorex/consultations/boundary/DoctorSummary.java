package com.kiorex.consultations.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A doctor in search results; {@code distanceKm} only when the search gave a point. */
public record DoctorSummary(UUID id, String name, List<String> specialties, List<String> languages,
                            BigDecimal fee, String currency, String facilityName, String facilityZone,
                            boolean verified, BigDecimal rating, Double distanceKm) {
}
