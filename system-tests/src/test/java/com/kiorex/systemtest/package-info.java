/**
 * Black-box system tests: the real stack, started once per run, called the way clients call it
 * (HTTP with real Keycloak tokens, JMS to the broker, JDBC as the application's database role).
 */
package com.kiorex.systemtest;
