package com.kiorex.notifications.entity;

/**
 * QUEUED until sent (or retried), SENT once the relay or gateway accepted it, DELIVERED when the
 * gateway confirms it reached the device (email stays SENT), FAILED after the last attempt (the dead
 * letter), WITHDRAWN when what it was about no longer holds (a cancelled booking's reminder).
 */
public enum DeliveryStatus {
    QUEUED, SENT, DELIVERED, FAILED, WITHDRAWN
}
