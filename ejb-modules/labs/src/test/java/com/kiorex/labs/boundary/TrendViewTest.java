package com.kiorex.labs.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendViewTest {

    private static TrendView.Point point(String value) {
        return new TrendView.Point(Instant.EPOCH, value == null ? null : new BigDecimal(value), null);
    }

    @Test
    void direction_comparesFirstAndLastNumericValue_withAFivePercentBand() {
        assertThat(TrendView.direction(List.of(point("4.0"), point("4.5")))).isEqualTo("RISING");
        assertThat(TrendView.direction(List.of(point("4.0"), point(null), point("3.5")))).isEqualTo("FALLING");
        assertThat(TrendView.direction(List.of(point("4.0"), point("4.1")))).isEqualTo("STEADY");
        assertThat(TrendView.direction(List.of(point("4.0")))).isNull();
    }

    @Test
    void fileNames_areKeptForPeople_neverAsPaths() {
        assertThat(ResultFiles.safeName("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(ResultFiles.safeName(null)).isEqualTo("results");
        assertThat(ResultFiles.safeName("a".repeat(300))).hasSize(120);
        assertThat(ResultFiles.sha256(new byte[] {1})).hasSize(64);
    }
}
