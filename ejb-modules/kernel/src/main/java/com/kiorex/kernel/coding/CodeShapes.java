package com.kiorex.kernel.coding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and normalises codes by their shape (not by their membership in a code list, which
 * Kiorex does not ship). Returns the stored spelling, or empty when the text cannot be such a code.
 */
public final class CodeShapes {

    private static final Pattern ICD10_DOTTED = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern ICD10_UNDOTTED = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9][0-9A-Z]{0,3}");
    /** The 14 anatomical main groups of the WHO ATC classification, then levels 2 to 5. */
    private static final Pattern ATC = Pattern.compile("[ABCDGHJLMNPRSV]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?");
    private static final Pattern LOINC = Pattern.compile("([1-9][0-9]{0,6})-([0-9])");

    private CodeShapes() {
    }

    /**
     * An ICD-10 code in its dotted form ({@code E11.9}). Lower case and the undotted spelling that
     * claims and HL7 feeds often use ({@code e119}) are accepted and stored dotted. Undotted, the
     * fourth character must be a digit (as every ICD-10 subdivision is), so an ATC code such as
     * {@code R03AC02} is not taken for one.
     */
    public static Optional<String> icd10(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (ICD10_DOTTED.matcher(code).matches()) {
            return Optional.of(code);
        }
        if (ICD10_UNDOTTED.matcher(code).matches()) {
            return Optional.of(code.substring(0, 3) + "." + code.substring(3));
        }
        return Optional.empty();
    }

    /** A WHO ATC code at any of its five levels ({@code N02BE01}), upper case. */
    public static Optional<String> atc(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return ATC.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** A LOINC code ({@code 2345-7}) whose check digit (mod 10, as LOINC defines it) is right. */
    public static Optional<String> loinc(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = LOINC.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return loincCheckDigit(matcher.group(1)) == matcher.group(2).charAt(0) - '0'
                ? Optional.of(matcher.group(0)) : Optional.empty();
    }

    /** The mod-10 check digit of LOINC: double every other digit from the right, sum the digits. */
    static int loincCheckDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                sum += d / 10 + d % 10;
            } else {
                sum += d;
            }
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
