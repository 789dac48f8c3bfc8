package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of the context, from MicroProfile Config (so from the environment:
 * {@code kiorex.smtp.host} is {@code KIOREX_SMTP_HOST}). Documented in server-config/README.md.
 */
@ApplicationScoped
public class NotificationsConfig {

    @Inject @ConfigProperty(name = "kiorex.smtp.host", defaultValue = "localhost")
    String smtpHost;
    @Inject @ConfigProperty(name = "kiorex.smtp.port", defaultValue = "25")
    int smtpPort;
    @Inject @ConfigProperty(name = "kiorex.smtp.user")
    Optional<String> smtpUser;
    @Inject @ConfigProperty(name = "kiorex.smtp.password")
    Optional<String> smtpPassword;
    @Inject @ConfigProperty(name = "kiorex.smtp.from", defaultValue = "Kiorex <no-reply@kiorex.local>")
    String smtpFrom;
    @Inject @ConfigProperty(name = "kiorex.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;
    @Inject @ConfigProperty(name = "kiorex.sms.gateway.url")
    Optional<String> smsUrl;
    @Inject @ConfigProperty(name = "kiorex.sms.gateway.key")
    Optional<String> smsKey;
    @Inject @ConfigProperty(name = "kiorex.push.gateway.url")
    Optional<String> pushUrl;
    @Inject @ConfigProperty(name = "kiorex.push.gateway.key")
    Optional<String> pushKey;
    @Inject @ConfigProperty(name = "kiorex.notifications.max-attempts", defaultValue = "6")
    int maxAttempts;
    @Inject @ConfigProperty(name = "kiorex.notifications.backoff-base", defaultValue = "PT30S")
    String backoffBase;
    @Inject @ConfigProperty(name = "kiorex.notifications.backoff-cap", defaultValue = "PT1H")
    String backoffCap;
    @Inject @ConfigProperty(name = "kiorex.notifications.dispatch-workers", defaultValue = "8")
    int dispatchWorkers;

    public Delivery.Backoff backoff() {
        return new Delivery.Backoff(Duration.parse(backoffBase), Duration.parse(backoffCap), maxAttempts);
    }

    /** How many deliveries the dispatcher sends side by side on this node while some are due. */
    public int dispatchWorkers() {
        return Math.max(1, dispatchWorkers);
    }

    /** The SMTP relay. */
    public record Smtp(String host, int port, String user, String password, String from, boolean startTls) {
    }

    public Smtp smtp() {
        return new Smtp(smtpHost, smtpPort, smtpUser.orElse(null), smtpPassword.orElse(null), smtpFrom, smtpStartTls);
    }

    /** An HTTP gateway (SMS or push); empty URL means the channel is not configured. */
    public record Gateway(String url, String key) {
    }

    public Optional<Gateway> sms() {
        return smsUrl.map(u -> new Gateway(u, smsKey.orElse("")));
    }

    public Optional<Gateway> push() {
        return pushUrl.map(u -> new Gateway(u, pushKey.orElse("")));
    }
}
