package com.kiorex.kernel.persistence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VoidingTest {

    private static final Instant WHEN = Instant.parse("2026-11-21T10:15:30Z");

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void new_refusesAVoidWithoutReason(String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Voiding(WHEN, "dr-house", reason))
                .withMessageContaining("reason");
    }

    @Test
    void new_keepsWhenWhoAndTheStrippedReason() {
        Voiding voiding = new Voiding(WHEN, "dr-house", "  entered on the wrong patient \n");

        assertThat(voiding.voidedAt()).isEqualTo(WHEN);
        assertThat(voiding.voidedBy()).isEqualTo("dr-house");
        assertThat(voiding.reason()).isEqualTo("entered on the wrong patient");
    }

    @Test
    void new_requiresTimeAndAuthor() {
        assertThatNullPointerException().isThrownBy(() -> new Voiding(null, "dr-house", "typo"));
        assertThatNullPointerException().isThrownBy(() -> new Voiding(WHEN, null, "typo"));
    }
}
