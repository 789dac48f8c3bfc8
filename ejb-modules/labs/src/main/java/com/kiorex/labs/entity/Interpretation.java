package com.kiorex.labs.entity;

import java.util.Optional;

/** Abnormal flags of HL7 v2 table 0078 that Kiorex derives from numeric values. */
public enum Interpretation {
    LL, L, N, H, HH;

    public boolean critical() {
        return this == LL || this == HH;
    }

    /** An OBX-8 / report flag as one of these, if it is one (other table 0078 codes are kept as text only). */
    public static Optional<Interpretation> ofFlag(String flag) {
        if (flag == null || flag.isBlank()) {
            return Optional.empty();
        }
        String f = flag.strip().toUpperCase();
        for (Interpretation i : values()) {
            if (i.name().equals(f)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
