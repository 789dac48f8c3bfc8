/**
 * Events between contexts over JMS: publishing inside the business transaction (a rolled-back
 * transaction sends nothing) and idempotent consumption keyed by the event id.
 */
package com.kiorex.kernel.messaging;
