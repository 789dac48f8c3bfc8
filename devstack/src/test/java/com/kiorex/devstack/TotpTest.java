package com.kiorex.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (SHA1 rows: seed "12345678901234567890", 8 digits, 30 s). */
class TotpTest {

    private static final byte[] RFC_SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    /** The same 20-byte seed in RFC 4648 base32, as an authenticator app would show it. */
    private static final String RFC_SHA1_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest(name = "T={0}s -> {1}")
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130",
    })
    void code_matchesRfc6238AppendixBSha1Vectors(long unixSeconds, String expected) {
        long step = Totp.timeStep(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(RFC_SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    /** Dynamic truncation takes the value modulo 10^digits, so a 6-digit code is the vector's last six digits. */
    @ParameterizedTest(name = "T={0}s -> {1}")
    @CsvSource({
        "59,          287082",
        "1111111109,  081804",
        "1111111111,  050471",
        "1234567890,  005924",
        "2000000000,  279037",
        "20000000000, 353130",
    })
    void code_fromBase32Secret_givesSixDigitKeycloakCodes(long unixSeconds, String expected) {
        assertThat(Totp.code(RFC_SHA1_SEED_BASE32, Instant.ofEpochSecond(unixSeconds))).isEqualTo(expected);
    }

    @Test
    void timeStep_countsThirtySecondStepsFromTheEpoch() {
        assertThat(Totp.timeStep(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.timeStep(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
        assertThat(Totp.timeStep(Instant.ofEpochSecond(20000000000L))).isEqualTo(0x27BC86AA);
    }

    @Test
    void base32Decode_ignoresCasePaddingAndSpaces() {
        assertThat(Totp.base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SHA1_SEED);
        assertThat(Totp.base32Decode("MZXW6YQ=")).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void base32Decode_rejectsCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Totp.base32Decode("GEZDGNB1")).isInstanceOf(IllegalArgumentException.class);
    }
}
