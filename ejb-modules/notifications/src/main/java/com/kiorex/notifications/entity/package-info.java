/**
 * The context's JPA entities and values: preferences, notifications, their per-channel deliveries
 * (with the retry rules), templates, and the last state seen per booking. Each guards its own rules.
 */
package com.kiorex.notifications.entity;
