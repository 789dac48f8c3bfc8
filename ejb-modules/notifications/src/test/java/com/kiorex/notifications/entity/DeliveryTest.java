package com.kiorex.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final Delivery.Backoff backoff = new Delivery.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 4);

    private static Delivery delivery(Channel channel) {
        Notification n = new Notification(new Notification.Spec("e1", "sub", null, "booking.booked", "booking:1",
                null, NOW, false, null), NOW);
        return new Delivery(n, channel, NOW, NOW);
    }

    @Test
    void backoff_doublesFromTheBase_upToTheCap() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delay(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failures_areRetriedWithBackoff_thenDeadLettered() {
        Delivery d = delivery(Channel.SMS);
        d.recordFailure("gateway answered 503", backoff, NOW);
        assertThat(d.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(d.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        d.recordFailure("gateway answered 503", backoff, NOW);
        assertThat(d.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        d.recordFailure("gateway answered 503", backoff, NOW);
        d.recordFailure("gateway answered 503", backoff, NOW);
        assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.attempts()).isEqualTo(4);
        assertThat(d.lastError()).isEqualTo("gateway answered 503");
    }

    @Test
    void retry_onlyFromFailed_startsAFreshRound() {
        Delivery d = delivery(Channel.EMAIL);
        assertThatThrownBy(() -> d.retry(NOW)).isInstanceOf(IllegalStateException.class);
        for (int i = 0; i < 4; i++) {
            d.recordFailure("x", backoff, NOW);
        }
        d.retry(NOW.plusSeconds(10));
        assertThat(d.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(d.attempts()).isZero();
        assertThat(d.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void sms_isSentThenDeliveredByReceipt_inAppIsDeliveredAtOnce() {
        Delivery sms = delivery(Channel.SMS);
        sms.markDelivered(NOW);
        assertThat(sms.status()).as("a receipt before sending changes nothing").isEqualTo(DeliveryStatus.QUEUED);
        sms.markSent(NOW);
        assertThat(sms.status()).isEqualTo(DeliveryStatus.SENT);
        sms.markDelivered(NOW.plusSeconds(3));
        assertThat(sms.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sms.deliveredAt()).isEqualTo(NOW.plusSeconds(3));

        Delivery inApp = delivery(Channel.IN_APP);
        inApp.markSent(NOW);
        assertThat(inApp.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void sentTwice_isRefused() {
        Delivery d = delivery(Channel.EMAIL);
        d.markSent(NOW);
        assertThatThrownBy(() -> d.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdraw_onlyTouchesQueued() {
        Delivery queued = delivery(Channel.EMAIL);
        queued.withdraw(NOW);
        assertThat(queued.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        Delivery sent = delivery(Channel.EMAIL);
        sent.markSent(NOW);
        sent.withdraw(NOW);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void longErrors_areCut() {
        Delivery d = delivery(Channel.EMAIL);
        d.recordFailure("e".repeat(1000), backoff, NOW);
        assertThat(d.lastError()).hasSize(200);
    }
}
