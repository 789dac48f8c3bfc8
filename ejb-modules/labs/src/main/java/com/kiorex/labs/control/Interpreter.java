package com.kiorex.labs.control;

import com.kiorex.labs.entity.Interpretation;
import com.kiorex.labs.entity.LabTest;
import com.kiorex.labs.entity.ReferenceLimits;
import com.kiorex.labs.entity.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Interprets a value: against the range the lab sent when there is one (with the catalogue's critical
 * limits for the person's sex and age), else against the catalogue's range. A reported critical flag
 * is never downgraded: a lab that says HH is heard even when its range text is missing.
 */
public final class Interpreter {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,9}([.,]\\d{1,6})?");

    public record Result(BigDecimal value, ReferenceLimits limits, String rangeSource, Interpretation interpretation) {
    }

    private Interpreter() {
    }

    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return NUMBER.matcher(t).matches() ? Optional.of(new BigDecimal(t.replace(',', '.'))) : Optional.empty();
    }

    public static Integer ageOn(LocalDate birthDate, LocalDate day) {
        return birthDate == null || birthDate.isAfter(day) ? null : Period.between(birthDate, day).getYears();
    }

    public static Result interpret(String valueText, String rangeText, String reportedFlag, LabTest test, Sex sex,
                                   Integer age) {
        BigDecimal value = number(valueText).orElse(null);
        ReferenceLimits catalogue = test == null ? ReferenceLimits.NONE
                : test.limitsFor(sex, age).orElse(ReferenceLimits.NONE);
        Optional<ReferenceLimits> sent = ReferenceLimits.parse(rangeText);
        ReferenceLimits limits = sent.map(r -> r.withCriticalFrom(catalogue)).orElse(catalogue);
        String source = sent.isPresent() ? "message" : catalogue.hasRange() ? "catalogue" : null;
        Optional<Interpretation> reported = Interpretation.ofFlag(reportedFlag);
        Interpretation computed = limits.interpret(value).orElse(reported.orElse(null));
        if (reported.isPresent() && reported.get().critical() && (computed == null || !computed.critical())) {
            computed = reported.get();
        }
        return new Result(value, limits, source, computed);
    }
}
