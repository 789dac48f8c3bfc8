package com.kiorex.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification over one channel, and its life: queued, attempted with exponential back-off,
 * sent, delivered, or failed for good after the last attempt. The error text is ours (a status
 * code, an exception class), never the message or the address.
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

    private static final int MAX_ERROR_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "public_id")
    private UUID publicId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "notification_id")
    private Notification notification;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Delivery() {
    }

    public Delivery(Notification notification, Channel channel, Instant firstAttemptAt, Instant now) {
        this.publicId = UUID.randomUUID();
        this.notification = notification;
        this.channel = channel;
        this.status = DeliveryStatus.QUEUED;
        this.nextAttemptAt = firstAttemptAt;
        this.updatedAt = now;
    }

    public void markSent(Instant now) {
        requireStatus(DeliveryStatus.QUEUED);
        attempts++;
        // in-app messages are in the inbox the moment they are written
        status = channel == Channel.IN_APP ? DeliveryStatus.DELIVERED : DeliveryStatus.SENT;
        sentAt = now;
        deliveredAt = channel == Channel.IN_APP ? now : null;
        lastError = null;
        updatedAt = now;
    }

    /** The gateway's receipt. Only a sent message can be delivered; a late receipt changes nothing else. */
    public void markDelivered(Instant now) {
        if (status == DeliveryStatus.SENT) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = now;
            updatedAt = now;
        }
    }

    /** The gateway reports it could not deliver after accepting: that is final (no resend of a sent SMS). */
    public void markUndeliverable(String error, Instant now) {
        if (status == DeliveryStatus.SENT) {
            status = DeliveryStatus.FAILED;
            lastError = trimmed(error);
            updatedAt = now;
        }
    }

    /** A failed attempt: retried after {@code backoff.delay(attempts)}, or FAILED when none are left. */
    public void recordFailure(String error, Backoff backoff, Instant now) {
        requireStatus(DeliveryStatus.QUEUED);
        attempts++;
        lastError = trimmed(error);
        updatedAt = now;
        if (attempts >= backoff.maxAttempts()) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff.delay(attempts));
        }
    }

    /** An administrator sends a dead letter again: a fresh round of attempts from now. */
    public void retry(Instant now) {
        requireStatus(DeliveryStatus.FAILED);
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /** Waits for the end of the recipient's quiet hours without spending an attempt. */
    public void postpone(Instant until, Instant now) {
        requireStatus(DeliveryStatus.QUEUED);
        nextAttemptAt = until;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        if (status == DeliveryStatus.QUEUED) {
            status = DeliveryStatus.WITHDRAWN;
            updatedAt = now;
        }
    }

    private void requireStatus(DeliveryStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("delivery is " + status + ", not " + expected);
        }
    }

    private static String trimmed(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public Notification notification() {
        return notification;
    }

    public Channel channel() {
        return channel;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Retry rule: {@code base * 2^(attempt-1)}, capped, for at most {@code maxAttempts} attempts. */
    public record Backoff(Duration base, Duration cap, int maxAttempts) {
        public Backoff {
            if (base.isNegative() || base.isZero() || maxAttempts < 1 || cap.compareTo(base) < 0) {
                throw new IllegalArgumentException("back-off needs a positive base, a cap >= base, attempts >= 1");
            }
        }

        public Duration delay(int attemptsSoFar) {
            int exponent = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
            Duration delay = base.multipliedBy(1L << exponent);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }
}
