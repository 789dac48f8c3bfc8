package com.kiorex.prescriptions.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The code printed on a prescription: 20 base32 characters (100 random bits), shown in five groups
 * of four. Only its SHA-256 is stored: whoever reads the database cannot print a valid code, and
 * 100 bits leave nothing to guess or to brute-force against the hash.
 */
public final class VerificationCode {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private VerificationCode(String value) {
        this.value = value;
    }

    public static VerificationCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /**
     * The code a person typed or scanned: case, spaces and dashes do not matter. Empty when it
     * cannot be a code at all, so a malformed one is answered like an unknown one.
     */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        String normalised = typed.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (normalised.length() != LENGTH || !normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(normalised));
    }

    /** The form printed and given to people: {@code ABCD-EFGH-IJKL-MNOP-QRST}. */
    public String formatted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 4) {
            out.append(i == 0 ? "" : "-").append(value, i, i + 4);
        }
        return out.toString();
    }

    /** What the database keeps and looks up by. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "VerificationCode[hidden]";
    }
}
