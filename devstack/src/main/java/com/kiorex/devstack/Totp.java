package com.kiorex.devstack;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords, as Keycloak's OTP policy of the kiorex realm
 * computes them (HmacSHA1, 6 digits, 30 s steps), from a base32 secret (RFC 4648).
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long PERIOD_SECONDS = 30;

    private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The 6-digit HmacSHA1 code for the 30-second step that contains {@code at}. */
    public static String code(String base32Secret, Instant at) {
        return code(base32Secret, timeStep(at));
    }

    /** The 6-digit HmacSHA1 code for a given 30-second step (see {@link #timeStep}). */
    public static String code(String base32Secret, long timeStep) {
        return code(base32Decode(base32Secret), timeStep, DIGITS, "HmacSHA1");
    }

    public static long timeStep(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** RFC 6238 section 4 / RFC 4226 section 5.3: HMAC over the big-endian step, dynamic truncation. */
    public static String code(byte[] key, long timeStep, int digits, String hmacAlgorithm) {
        if (digits < 1 || digits >= POWERS_OF_TEN.length) {
            throw new IllegalArgumentException("digits must be 1 to 8");
        }
        byte[] hash = hmac(hmacAlgorithm, key, ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** RFC 4648 base32; case, spaces and '=' padding are ignored. */
    public static byte[] base32Decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '=' || c == ' ' || c == '-') {
                continue;
            }
            int value = BASE32_ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 character: '" + c + "'");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("HMAC " + algorithm + " unavailable", e);
        }
    }
}
