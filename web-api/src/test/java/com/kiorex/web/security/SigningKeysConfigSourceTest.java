package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysConfigSourceTest {

    /** The shape Keycloak serves: an RSA signing key with its certificate chain, and an encryption key. */
    static final String KEYCLOAK_JWKS = """
            {"keys":[
              {"kid":"sig-1","kty":"RSA","alg":"RS256","use":"sig","n":"AQAB-modulus-1","e":"AQAB",
               "x5c":["MIICmzCCAYMCBgGS...long certificate..."],"x5t":"abc","x5t#S256":"def"},
              {"kid":"enc-1","kty":"RSA","alg":"RSA-OAEP","use":"enc","n":"enc-modulus","e":"AQAB",
               "x5c":["MIICmzCCAYMCBgGT..."]},
              {"kid":"sig-2","kty":"EC","alg":"ES256","crv":"P-256","x":"x-coord","y":"y-coord"}
            ]}""";

    @Test
    void compact_keepsEverySigningKeyWithOnlyWhatVerificationReads() {
        JsonObject compact = parse(SigningKeysConfigSource.compact(KEYCLOAK_JWKS).orElseThrow());
        List<JsonObject> keys = compact.getJsonArray("keys").getValuesAs(JsonObject.class);
        assertThat(keys).extracting(k -> k.getString("kid")).containsExactly("sig-1", "sig-2");
        assertThat(keys.get(0).keySet()).containsExactlyInAnyOrder("kid", "kty", "alg", "use", "n", "e");
        assertThat(keys.get(0).getString("n")).isEqualTo("AQAB-modulus-1");
        assertThat(keys.get(1).keySet()).containsExactlyInAnyOrder("kid", "kty", "alg", "crv", "x", "y");
    }

    @Test
    void compact_isEmptyWithoutSigningKeysOrForSomethingElse() {
        assertThat(SigningKeysConfigSource.compact("{\"keys\":[{\"kid\":\"e\",\"kty\":\"RSA\",\"use\":\"enc\"}]}"))
                .isEmpty();
        assertThat(SigningKeysConfigSource.compact("{\"keys\":[]}")).isEmpty();
        assertThat(SigningKeysConfigSource.compact("<html>login</html>")).isEmpty();
        assertThat(SigningKeysConfigSource.compact("{}")).isEmpty();
    }

    @TempDir
    Path dir;

    @Test
    void pointsTheLocationAtTheCompactKeys_fetchingOncePerRefresh() throws IOException {
        List<String> fetched = new ArrayList<>();
        Path file = dir.resolve("keys.json");
        var source = new SigningKeysConfigSource(() -> Optional.of("http://idp/certs"), url -> {
            fetched.add(url);
            return Optional.of(KEYCLOAK_JWKS);
        }, file);
        assertThat(source.getValue("mp.jwt.verify.issuer")).isNull();
        String first = source.getValue(SigningKeysConfigSource.LOCATION);
        String second = source.getValue(SigningKeysConfigSource.LOCATION);
        assertThat(first).isEqualTo(second).isEqualTo(file.toUri().toString());
        assertThat(Files.readString(file)).isEqualTo(SigningKeysConfigSource.compact(KEYCLOAK_JWKS).orElseThrow());
        assertThat(fetched).containsExactly("http://idp/certs");
        assertThat(SigningKeysConfigSource.keysHeld()).as("what the readiness check asks").isTrue();
    }

    @Test
    void answersNothing_whenTheKeysCannotBeFetched_soPayaraReadsTheLocationItself() {
        List<String> tries = new ArrayList<>();
        var unreachable = new SigningKeysConfigSource(() -> Optional.of("http://idp/certs"), url -> {
            tries.add(url);
            return Optional.empty();
        }, dir.resolve("a.json"));
        assertThat(unreachable.getValue(SigningKeysConfigSource.LOCATION)).as("the configured location stands").isNull();
        assertThat(unreachable.getValue(SigningKeysConfigSource.LOCATION)).isNull();
        assertThat(tries).as("no fetch per request while the identity provider is away").hasSize(1);
        var unconfigured = new SigningKeysConfigSource(Optional::empty, url -> Optional.of(KEYCLOAK_JWKS),
                dir.resolve("b.json"));
        assertThat(unconfigured.getValue(SigningKeysConfigSource.LOCATION)).isNull();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
