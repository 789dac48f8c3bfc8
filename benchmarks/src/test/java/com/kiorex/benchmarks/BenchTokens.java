package com.kiorex.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bearer token the simulations send. Given {@code -Dkiorex.tokenUrl}, the demo patient's token is
 * fetched when first needed and again a minute before it expires: access tokens live five minutes, and
 * a run that first waits for the previous one's messages to drain (several minutes) outlived a token
 * fetched by the script (every request of one run answered 401). Without it, {@code -Dkiorex.token}.
 */
final class BenchTokens {

    private static final String URL = System.getProperty("kiorex.tokenUrl");
    private static final String FIXED = System.getProperty("kiorex.token");
    private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private static volatile String token;
    private static volatile long renewAtMillis;

    private BenchTokens() {
    }

    static String bearer() {
        if (URL == null) {
            return "Bearer " + FIXED;
        }
        if (token == null || System.currentTimeMillis() >= renewAtMillis) {
            synchronized (BenchTokens.class) {
                if (token == null || System.currentTimeMillis() >= renewAtMillis) {
                    fetch();
                }
            }
        }
        return "Bearer " + token;
    }

    private static void fetch() {
        String form = "grant_type=password&client_id=kiorex-dev-cli&username=patient.alice&password="
                + URLEncoder.encode("demo-patient.alice", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(URL))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher access = ACCESS.matcher(reply.body());
            Matcher expires = EXPIRES.matcher(reply.body());
            if (reply.statusCode() != 200 || !access.find() || !expires.find()) {
                throw new IllegalStateException("no token from " + URL + ": " + reply.statusCode());
            }
            token = access.group(1);
            renewAtMillis = System.currentTimeMillis() + (Long.parseLong(expires.group(1)) - 60) * 1000;
        } catch (IOException e) {
            throw new IllegalStateException("no token from " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
