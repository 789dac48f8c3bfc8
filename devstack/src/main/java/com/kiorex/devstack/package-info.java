/**
 * The local stack: real PostgreSQL, Artemis, Keycloak and Payara Micro processes started from
 * artifacts on Maven Central, for developers (README command 1) and for the system tests, which
 * start it once per test run.
 */
package com.kiorex.devstack;
