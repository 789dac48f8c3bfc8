package com.kiorex.notifications.boundary;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.notifications.control.NotificationsConfig;
import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.Delivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivery receipts from the SMS and push gateways. A gateway signs the raw body with HMAC-SHA256
 * under its API key ({@code X-Kiorex-Signature: sha256=<hex>}), the way real gateways sign their
 * webhooks; anything unsigned or signed wrongly is refused before the body is read.
 */
@Stateless
public class GatewayReceipts {

    public static final String SIGNATURE_HEADER = "X-Kiorex-Signature";

    /** What became of a receipt. */
    public enum Outcome { APPLIED, BAD_SIGNATURE, UNKNOWN_GATEWAY, MALFORMED }

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    /**
     * Body: {@code {"reference":"<delivery id>","status":"delivered"|"failed","error":"..."}}.
     * A correctly signed but malformed body changes nothing and is answered {@link Outcome#MALFORMED}.
     */
    public Outcome receive(String gateway, String body, String signature) {
        Optional<NotificationsConfig.Gateway> config = switch (gateway) {
            case "sms" -> this.config.sms();
            case "push" -> this.config.push();
            default -> Optional.empty();
        };
        if (config.isEmpty()) {
            return Outcome.UNKNOWN_GATEWAY;
        }
        if (!validSignature(config.get().key(), body, signature)) {
            return Outcome.BAD_SIGNATURE;
        }
        UUID reference;
        String status;
        try {
            JsonObject receipt = Json.createReader(new StringReader(body)).readObject();
            reference = UUID.fromString(receipt.getString("reference"));
            status = receipt.getString("status");
        } catch (RuntimeException e) {
            return Outcome.MALFORMED;
        }
        if (!status.equals("delivered") && !status.equals("failed")) {
            return Outcome.MALFORMED;
        }
        Channel channel = "sms".equals(gateway) ? Channel.SMS : Channel.PUSH;
        Delivery delivery = em.createQuery("select d from Delivery d where d.publicId = :id and d.channel = :c",
                        Delivery.class).setParameter("id", reference).setParameter("c", channel)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("delivery"));
        if (status.equals("delivered")) {
            delivery.markDelivered(clock.instant());
        } else {
            delivery.markUndeliverable("gateway reports undeliverable", clock.instant());
        }
        return Outcome.APPLIED;
    }

    public static String sign(String key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean validSignature(String key, String body, String signature) {
        if (signature == null || key == null || key.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(key, body).getBytes(StandardCharsets.UTF_8),
                signature.trim().getBytes(StandardCharsets.UTF_8));
    }
}
