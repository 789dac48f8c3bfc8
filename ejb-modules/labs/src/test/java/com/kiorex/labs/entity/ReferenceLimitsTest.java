package com.kiorex.labs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReferenceLimitsTest {

    private static final ReferenceLimits POTASSIUM = new ReferenceLimits(new BigDecimal("3.5"), new BigDecimal("5.1"),
            new BigDecimal("2.8"), new BigDecimal("6.2"));

    @Test
    void interpret_followsTable0078_withCriticalLimitsBeyondTheRange() {
        assertThat(POTASSIUM.interpret(new BigDecimal("2.5"))).contains(Interpretation.LL);
        assertThat(POTASSIUM.interpret(new BigDecimal("3.0"))).contains(Interpretation.L);
        assertThat(POTASSIUM.interpret(new BigDecimal("3.5"))).contains(Interpretation.N);
        assertThat(POTASSIUM.interpret(new BigDecimal("5.1"))).contains(Interpretation.N);
        assertThat(POTASSIUM.interpret(new BigDecimal("5.6"))).contains(Interpretation.H);
        assertThat(POTASSIUM.interpret(new BigDecimal("6.9"))).contains(Interpretation.HH);
    }

    @Test
    void interpret_withoutAnyLimit_isEmpty() {
        assertThat(ReferenceLimits.NONE.interpret(BigDecimal.ONE)).isEmpty();
        assertThat(POTASSIUM.interpret(null)).isEmpty();
    }

    @Test
    void parse_readsTheShapesLabsPrint() {
        assertThat(ReferenceLimits.parse("3.5-5.1")).contains(new ReferenceLimits(new BigDecimal("3.5"),
                new BigDecimal("5.1"), null, null));
        assertThat(ReferenceLimits.parse("3,5 - 5,1").orElseThrow().high()).isEqualByComparingTo("5.1");
        assertThat(ReferenceLimits.parse("<200").orElseThrow().high()).isEqualByComparingTo("200");
        assertThat(ReferenceLimits.parse(">=40").orElseThrow().low()).isEqualByComparingTo("40");
        assertThat(ReferenceLimits.parse("normal")).isEmpty();
        assertThat(ReferenceLimits.parse("5-3")).isEmpty();
        assertThat(ReferenceLimits.parse(null)).isEmpty();
    }

    @Test
    void withCriticalFrom_keepsTheSentRange_andAddsMissingCriticalLimits() {
        ReferenceLimits sent = ReferenceLimits.parse("3.4-5.0").orElseThrow().withCriticalFrom(POTASSIUM);
        assertThat(sent.high()).isEqualByComparingTo("5.0");
        assertThat(sent.criticalHigh()).isEqualByComparingTo("6.2");
    }

    @Test
    void aRangeWhoseLowExceedsItsHigh_isRefused() {
        assertThatThrownBy(() -> new ReferenceLimits(BigDecimal.TEN, BigDecimal.ONE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flags_outsideTheDerivedSet_areNotInterpretations() {
        assertThat(Interpretation.ofFlag("hh")).contains(Interpretation.HH);
        assertThat(Interpretation.ofFlag("A")).isEmpty();
        assertThat(Interpretation.ofFlag(" ")).isEmpty();
        assertThat(Interpretation.LL.critical()).isTrue();
        assertThat(Interpretation.H.critical()).isFalse();
    }
}
