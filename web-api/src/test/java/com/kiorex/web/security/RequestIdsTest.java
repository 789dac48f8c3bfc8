package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "req-2026.11_21-000042", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptOrCreate_keepsAHarmlessIdTheCallerSent(String offered) {
        assertThat(RequestIds.acceptOrCreate(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "has space 123", "line\nbreak-1234", "<script>alert(1)</script>",
        "01234567890123456789012345678901234567890123456789012345678901234"})
    void acceptOrCreate_replacesAMissingOrUnsafeIdWithAFreshUuid(String offered) {
        String id = RequestIds.acceptOrCreate(offered);

        assertThat(id).isNotEqualTo(offered);
        assertThat(UUID.fromString(id)).isNotNull();
    }
}
