/**
 * The notifications bounded context: turns booking events and notification requests from other
 * contexts into messages on each person's preferred channels (email, SMS, push, in-app), and tracks
 * every delivery until it is sent, delivered or given up.
 */
package com.kiorex.notifications;
