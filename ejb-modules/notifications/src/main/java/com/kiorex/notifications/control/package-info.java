/**
 * The logic behind the boundaries: planning notifications and reminders, rendering templates,
 * resolving recipients' addresses, the channel adapters (SMTP, HTTP gateways, in-app) and the
 * dispatcher that sends due deliveries.
 */
package com.kiorex.notifications.control;
