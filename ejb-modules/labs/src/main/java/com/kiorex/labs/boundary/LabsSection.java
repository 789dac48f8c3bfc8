package com.kiorex.labs.boundary;

import java.util.List;

/**
 * The labs part of a patient's GDPR export: their lab orders (tests, facility, home-collection
 * address, window and collector), their results with flags, and the review queue items that name them.
 */
public record LabsSection(List<OrderView> orders, List<ResultView> results, List<ReviewView> reviewItems) {
}
