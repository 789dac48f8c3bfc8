package com.kiorex.web.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionsTest {

    private static Response refusal(String ifMatch) {
        return catchThrowableOfType(WebApplicationException.class, () -> Versions.required(ifMatch)).getResponse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void required_asksFor428WhenIfMatchIsMissing(String ifMatch) {
        Response response = refusal(ifMatch);

        assertThat(response.getStatus()).isEqualTo(428);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat((String) response.getEntity()).contains("If-Match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"abc\"", "*", "W/", "\"\"", "\"3\", \"4\"", "\"3.0\"",
        "\"99999999999999999999\""})
    void required_refusesWith412AnIfMatchThatIsNoVersionOfOurs(String ifMatch) {
        Response response = refusal(ifMatch);

        assertThat(response.getStatus()).isEqualTo(412);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @CsvSource(delimiter = '|', value = {
        "\"3\"      | 3",
        "W/\"3\"    | 3",
        "3          | 3",
        "' \"42\" ' | 42",
        "\"0\"      | 0"
    })
    void required_readsTheVersionFromStrongAndWeakEtags(String ifMatch, long version) {
        assertThat(Versions.required(ifMatch)).isEqualTo(version);
    }

    @Test
    void required_readsBackTheEtagTheApiSends() {
        String sent = Versions.tag(17).toString();
        String weakened = new EntityTag("17", true).toString();

        assertThat(Versions.required(sent)).isEqualTo(17);
        assertThat(Versions.required(weakened)).isEqualTo(17);
    }
}
