package com.kiorex.web.health;

import com.kiorex.web.security.SigningKeysConfigSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this server can verify tokens: the identity provider answers its OpenID discovery
 * document, or its signing keys are already held here ({@code SigningKeysConfigSource} keeps the
 * last ones fetched; an inline key or a key file counts too). Tokens already issued keep working
 * while Keycloak restarts, so a short outage of Keycloak does not take every instance out of the
 * load balancer; {@code discovery} in the data says what the provider answered.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    Config config;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("identity-provider");
        boolean keysHeld = keysHeld();
        response.withData("signingKeysHeld", keysHeld);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            response.withData("discovery", status);
            return response.status(status == 200 || keysHeld).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return response.status(keysHeld).withData("discovery", e.getClass().getSimpleName()).build();
        }
    }

    /** Keys fetched from the provider (SigningKeysConfigSource), a key given inline, or a key file. */
    boolean keysHeld() {
        return SigningKeysConfigSource.keysHeld()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).filter(k -> !k.isBlank()).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                        .filter(location -> location.startsWith("file:")).isPresent();
    }
}
