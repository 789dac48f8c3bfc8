/**
 * In-container tests: the boundaries called directly inside one Payara Micro that runs the real WAR
 * against the stack the system tests started (real PostgreSQL, broker and Keycloak). {@code BoundariesIT}
 * is the only Arquillian deployment, so the tier starts exactly one extra server per run.
 */
package com.kiorex.systemtest.incontainer;
