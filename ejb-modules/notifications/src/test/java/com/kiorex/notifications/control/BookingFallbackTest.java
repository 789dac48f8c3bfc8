package com.kiorex.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingFallbackTest {

    @Test
    void timesAreShownInTheFacilityZone_andTheRecipientsLanguage() {
        String context = BookingFallback.context(Instant.parse("2026-12-01T08:30:00Z"),
                Instant.parse("2026-11-30T23:15:00Z"), "Europe/Paris");
        Map<String, String> en = BookingFallback.variables(context, "en");
        assertThat(en).containsEntry("time", "09:30").containsEntry("date", "December 1, 2026")
                .containsEntry("zone", "Europe/Paris")
                .containsEntry("previousTime", "00:15").containsEntry("previousDate", "December 1, 2026");
        assertThat(BookingFallback.variables(context, "fr")).containsEntry("date", "1 décembre 2026");
    }

    @Test
    void withoutAPreviousStart_thereAreNoPreviousVariables() {
        String context = BookingFallback.context(Instant.parse("2026-12-01T08:30:00Z"), null, "America/New_York");
        assertThat(BookingFallback.variables(context, "en")).containsEntry("time", "03:30")
                .doesNotContainKey("previousTime");
    }
}
