package com.kiorex.devstack;

/**
 * One process of the local stack (database, broker, identity provider, application server).
 * {@link #start()} returns only when the service answers its own readiness check, so the
 * launcher and the test session can start dependants straight after it.
 */
public interface StackService extends AutoCloseable {

    String name();

    /** Starts the service and blocks until it is ready; throws if it is not ready in time. */
    void start() throws Exception;

    /** Stops the service and waits for its process to exit. Safe to call twice. */
    @Override
    void close();
}
