/**
 * The notifications API: the signed-in person's notifications and preferences, the administrators'
 * deliveries and templates, and the gateways' signed delivery callbacks. Thin: checks input shape
 * and roles, then calls the notifications boundary.
 */
package com.kiorex.web.notifications;
