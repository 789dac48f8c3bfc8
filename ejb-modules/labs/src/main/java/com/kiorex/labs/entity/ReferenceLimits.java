package com.kiorex.labs.entity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A reference range with optional critical limits. Any bound may be missing (a cholesterol range has
 * only an upper one). A value below the critical low is LL, above the critical high HH; otherwise
 * outside the range L or H; inside N.
 */
public record ReferenceLimits(BigDecimal low, BigDecimal high, BigDecimal criticalLow, BigDecimal criticalHigh) {

    public static final ReferenceLimits NONE = new ReferenceLimits(null, null, null, null);

    public ReferenceLimits {
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("the low limit must not exceed the high limit");
        }
    }

    public boolean hasRange() {
        return low != null || high != null;
    }

    /** The same range with these critical limits where this one has none. */
    public ReferenceLimits withCriticalFrom(ReferenceLimits other) {
        return new ReferenceLimits(low, high, criticalLow != null ? criticalLow : other.criticalLow,
                criticalHigh != null ? criticalHigh : other.criticalHigh);
    }

    /** Empty when there is nothing to compare with. */
    public Optional<Interpretation> interpret(BigDecimal value) {
        if (value == null || (!hasRange() && criticalLow == null && criticalHigh == null)) {
            return Optional.empty();
        }
        if (criticalLow != null && value.compareTo(criticalLow) < 0) {
            return Optional.of(Interpretation.LL);
        }
        if (criticalHigh != null && value.compareTo(criticalHigh) > 0) {
            return Optional.of(Interpretation.HH);
        }
        if (low != null && value.compareTo(low) < 0) {
            return Optional.of(Interpretation.L);
        }
        if (high != null && value.compareTo(high) > 0) {
            return Optional.of(Interpretation.H);
        }
        return Optional.of(Interpretation.N);
    }

    /**
     * A range as labs print it: {@code 3.5-5.1}, {@code <200}, {@code >=40}. Empty when it is not one
     * of these shapes.
     */
    public static Optional<ReferenceLimits> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace(',', '.').replace(" ", "");
        try {
            if (t.startsWith("<")) {
                return Optional.of(new ReferenceLimits(null, number(t.substring(t.startsWith("<=") ? 2 : 1)), null, null));
            }
            if (t.startsWith(">")) {
                return Optional.of(new ReferenceLimits(number(t.substring(t.startsWith(">=") ? 2 : 1)), null, null, null));
            }
            int dash = t.indexOf('-', 1);
            if (dash < 0) {
                return Optional.empty();
            }
            return Optional.of(new ReferenceLimits(number(t.substring(0, dash)), number(t.substring(dash + 1)), null, null));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s);
    }
}
