/**
 * The REST API: thin JAX-RS resources per context that translate HTTP to the contexts'
 * boundaries, plus the cross-cutting web concerns (who is calling, access control, rate limits,
 * problem+json errors, health).
 */
package com.kiorex.web;
