package com.kiorex.labs.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The values of one LOINC code for one patient over time, oldest first, and which way they went. */
public record TrendView(String loinc, String testName, String unit, List<Point> points, String direction) {

    public record Point(Instant observedAt, BigDecimal value, String interpretation) {
    }

    /** RISING, FALLING or STEADY between the first and the last numeric value (5 % band); null under two points. */
    static String direction(List<Point> points) {
        List<BigDecimal> values = points.stream().map(Point::value).filter(v -> v != null).toList();
        if (values.size() < 2) {
            return null;
        }
        BigDecimal first = values.get(0);
        BigDecimal last = values.get(values.size() - 1);
        BigDecimal band = first.abs().multiply(new BigDecimal("0.05"));
        if (last.subtract(first).compareTo(band) > 0) {
            return "RISING";
        }
        if (first.subtract(last).compareTo(band) > 0) {
            return "FALLING";
        }
        return "STEADY";
    }
}
