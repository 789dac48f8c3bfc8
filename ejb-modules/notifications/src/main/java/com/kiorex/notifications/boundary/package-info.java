/**
 * What the outside calls: the two message consumers (booking events, notification requests), the
 * account holder's notifications and preferences, the administrators' delivery and template views,
 * and the gateways' signed delivery callbacks.
 */
package com.kiorex.notifications.boundary;
