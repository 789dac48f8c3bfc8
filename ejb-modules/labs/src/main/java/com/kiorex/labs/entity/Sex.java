package com.kiorex.labs.entity;

/** Sex as reference ranges distinguish it (HL7 table 0001 F/M; anything else is unknown). */
public enum Sex {
    MALE, FEMALE, UNKNOWN;

    public static Sex ofCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.strip().toUpperCase()) {
            case "M", "MALE" -> MALE;
            case "F", "FEMALE" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
