package com.kiorex.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void render_fillsEveryPlaceholder_andLeavesOtherBracesAlone() {
        String text = "On {{date}} at {{ time }} ({{zone}}) {not a placeholder} $1 \\";
        assertThat(TemplateText.render(text, Map.of("date", "1 May", "time", "09:30", "zone", "Europe/Paris")))
                .isEqualTo("On 1 May at 09:30 (Europe/Paris) {not a placeholder} $1 \\");
    }

    @Test
    void render_valuesWithDollarsAndBackslashes_areTakenLiterally() {
        assertThat(TemplateText.render("x={{v}}", Map.of("v", "$2\\n"))).isEqualTo("x=$2\\n");
    }

    @Test
    void render_missingVariable_isAnErrorNotABlank() {
        assertThatThrownBy(() -> TemplateText.render("at {{time}}", Map.of()))
                .isInstanceOf(TemplateText.MissingVariable.class).hasMessageContaining("time");
    }

    @Test
    void placeholders_areFoundOnceEach() {
        assertThat(TemplateText.placeholders("{{a}} {{b}} {{a}} {{ c }} {{1x}}")).containsExactly("a", "b", "c");
    }

    @Test
    void knownVariables_dependOnTheEventTypePrefix() {
        assertThat(KnownVariables.forEventType("booking.booked")).contains("date", "time", "zone");
        assertThat(KnownVariables.forEventType("lab.critical-value")).contains("testName").doesNotContain("date");
        assertThat(KnownVariables.forEventType("unknown.thing")).isEmpty();
    }
}
