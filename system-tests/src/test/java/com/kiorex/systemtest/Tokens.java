package com.kiorex.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.devstack.DemoLogin;
import com.kiorex.devstack.Totp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens for the demo users, one login per user per run (Keycloak refuses a TOTP code
 * twice, so staff logins are scarce); tokens close to expiry are renewed with the refresh token.
 */
public final class Tokens {

    private record Session(String accessToken, String refreshToken, Instant expiresAt) {
    }

    private final String tokenEndpoint;
    private final DemoLogin login;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Tokens(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
        this.login = new DemoLogin(tokenEndpoint);
    }

    public synchronized String of(String username) {
        Session session = sessions.get(username);
        try {
            if (session == null) {
                session = login(username);
            } else if (Instant.now().isAfter(session.expiresAt().minusSeconds(30))) {
                session = refresh(session);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not sign in " + username, e);
        }
        sessions.put(username, session);
        return session.accessToken();
    }

    /** A fresh access token by the password grant, outside the per-user sessions (a given client, no OTP). */
    static String passwordGrant(String endpoint, String clientId, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + username + "&password=" + password;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    /** The token's subject: the Keycloak user id. */
    public String subjectOf(String username) {
        return claims(of(username)).getString("sub");
    }

    static JsonObject claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    private Session login(String username) throws Exception {
        DemoLogin.DemoUser user = DemoLogin.user(username).orElseThrow();
        for (int attempt = 0; attempt < 3; attempt++) {
            String totp = user.needsOtp() ? Totp.code(user.otpSecret(), Instant.now().getEpochSecond() / 30 + attempt) : null;
            HttpResponse<String> response = login.passwordGrant(username, user.password(), totp);
            if (response.statusCode() == 200) {
                return session(response.body());
            }
        }
        throw new IllegalStateException("Keycloak refused " + username);
    }

    private Session refresh(Session session) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=" + DemoLogin.CLIENT_ID
                        + "&refresh_token=" + session.refreshToken()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("refresh refused: " + response.statusCode());
        }
        return session(response.body());
    }

    private static Session session(String body) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return new Session(json.getString("access_token"), json.getString("refresh_token", null),
                Instant.now().plus(Duration.ofSeconds(json.getInt("expires_in"))));
    }
}
