package com.kiorex.prescriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void generated_isFiveGroupsOfFourBase32Characters_100Bits() {
        String code = VerificationCode.generate().formatted();

        assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){4}");
        assertThat(VerificationCode.LENGTH * Math.log(VerificationCode.ALPHABET.length()) / Math.log(2))
                .isGreaterThanOrEqualTo(80);
    }

    @Test
    void generated_codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VerificationCode.generate().formatted())).isTrue();
        }
    }

    @Test
    void parse_ignoresCaseSpacesAndDashes_andHashesTheSame() {
        VerificationCode code = VerificationCode.generate();
        String typed = code.formatted().toLowerCase().replace("-", " ");

        VerificationCode parsed = VerificationCode.parse(typed).orElseThrow();

        assertThat(parsed.formatted()).isEqualTo(code.formatted());
        assertThat(parsed.hash()).isEqualTo(code.hash()).hasSize(64).isNotEqualTo(code.formatted());
    }

    @Test
    void parse_refusesWhatCannotBeACode() {
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("ABCD-EFGH")).isEmpty();
        assertThat(VerificationCode.parse("ABCD-EFGH-IJKL-MNOP-QRS1")).as("1 is not base32").isEmpty();
        assertThat(VerificationCode.parse("A".repeat(100))).isEmpty();
    }

    @Test
    void toString_doesNotLeakTheCode() {
        VerificationCode code = VerificationCode.generate();
        assertThat(code.toString()).doesNotContain(code.formatted().substring(0, 4) + "-");
    }
}
