package com.kiorex.labs.boundary;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Catalogue filters; every one optional. {@code text} matches the name or LOINC code (case-insensitive),
 * {@code kind} is TEST or PANEL, {@code maxPrice} in the currency's major unit.
 */
public record TestSearch(String text, String specimen, String kind, UUID facilityId, Integer maxTurnaroundHours,
                         BigDecimal maxPrice) {
}
