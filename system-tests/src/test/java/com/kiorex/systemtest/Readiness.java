package com.kiorex.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The server's readiness report, as a load balancer reads it. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Readiness() {
    }

    /** The whole report and its HTTP status (200 ready, 503 not). */
    record Report(int status, JsonObject body) {

        JsonObject check(String name) {
            return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> name.equals(check.getString("name"))).findFirst().orElseThrow();
        }
    }

    static Report report() {
        try {
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                    URI.create(TestStack.get().payara().baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(ready.body()))) {
                return new Report(ready.statusCode(), reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One check's entry in {@code /health/ready}, which must answer 200 (ready). */
    static JsonObject check(String name) {
        Report report = report();
        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        return report.check(name);
    }

    /** Payara writes a check's data as JSON strings ("false", "200"); either form is read. */
    static String data(JsonObject check, String key) {
        JsonValue value = check.getJsonObject("data").get(key);
        return value instanceof JsonString text ? text.getString() : String.valueOf(value);
    }

    static boolean flag(JsonObject check, String key) {
        return Boolean.parseBoolean(data(check, key));
    }
}
