package com.kiorex.prescriptions.entity;

import java.util.regex.Pattern;

/**
 * The shape of a WHO ATC code: one of the 14 anatomical main groups, then levels 2 to 5
 * ({@code N02BE01} is paracetamol). A typo is refused rather than stored as a code matching nothing.
 */
public final class AtcCode {

    /** Also the request's validation pattern, so a typo is a 400 naming the field before it gets here. */
    public static final String SHAPE_REGEX = "[ABCDGHJLMNPRSV]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?";
    private static final Pattern SHAPE = Pattern.compile(SHAPE_REGEX);

    private AtcCode() {
    }

    /** The code as given, or null when none was given; throws when it is not shaped like an ATC code. */
    public static String checked(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ATC code: " + code);
        }
        return code;
    }
}
