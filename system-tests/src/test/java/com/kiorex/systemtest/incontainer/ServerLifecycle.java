package com.kiorex.systemtest.incontainer;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered before {@link ArquillianExtension}, so it runs around it on the client: prepares the
 * server before Arquillian reads its configuration and starts it, and after Arquillian has stopped
 * it, waits until it is gone. Inside the container JUnit runs the class again for each test, and
 * there it does nothing.
 */
class ServerLifecycle implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (onClient(context)) {
            InContainerServer.prepare();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (onClient(context)) {
            InContainerServer.awaitStopped();
        }
    }

    private static boolean onClient(ExtensionContext context) {
        return !context.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN)
                .map(Boolean::parseBoolean).orElse(false);
    }
}
