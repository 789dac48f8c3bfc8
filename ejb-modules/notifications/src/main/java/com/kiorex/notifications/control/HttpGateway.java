package com.kiorex.notifications.control;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP shape shared by SMS and push gateways: a JSON POST with a bearer API key, the delivery id
 * as {@code reference} and {@code Idempotency-Key} (so a gateway that dedupes drops our resends), and
 * any 2xx as accepted. Delivery receipts come back later through the signed callback.
 */
public final class HttpGateway {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpGateway() {
    }

    public static void post(NotificationsConfig.Gateway gateway, Outgoing outgoing) throws DeliveryFailure {
        String body = Json.createObjectBuilder()
                .add("to", outgoing.address())
                .add("text", outgoing.body())
                .add("reference", outgoing.deliveryId().toString())
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + gateway.key())
                .header("Idempotency-Key", outgoing.deliveryId().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("gateway answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryFailure("gateway unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending");
        }
    }
}
