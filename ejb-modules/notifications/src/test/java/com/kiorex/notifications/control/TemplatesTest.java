package com.kiorex.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void regionalTags_useTheBaseLanguage_andNoneMeansEnglish() {
        assertThat(Templates.baseLanguage("fr-CA")).isEqualTo("fr");
        assertThat(Templates.baseLanguage("FR")).isEqualTo("fr");
        assertThat(Templates.baseLanguage(null)).isEqualTo("en");
        assertThat(Templates.baseLanguage(" ")).isEqualTo("en");
    }
}
