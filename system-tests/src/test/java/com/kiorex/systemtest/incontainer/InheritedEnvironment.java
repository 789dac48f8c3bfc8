package com.kiorex.systemtest.incontainer;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Adds variables to the environment that processes started from this JVM inherit.
 *
 * <p>The managed Payara Micro container starts its server with this JVM's environment and has no
 * setting for it, while the post-boot command file reads the database settings as {@code ${ENV=...}},
 * exactly as in a hospital. The JDK has no API for this, so the map behind {@link System#getenv()}
 * is written to, as Payara's own Arquillian environment-setup extension does for managed containers.
 * Needs {@code --add-opens java.base/java.util=ALL-UNNAMED} (failsafe's argLine).
 */
final class InheritedEnvironment {

    private InheritedEnvironment() {
    }

    @SuppressWarnings("unchecked")
    static void putAll(Map<String, String> variables) {
        Map<String, String> view = System.getenv();
        try {
            Field backing = view.getClass().getDeclaredField("m");
            backing.setAccessible(true);
            ((Map<String, String>) backing.get(view)).putAll(variables);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot hand the stack's environment to the in-container Payara "
                    + "(is java.base/java.util opened to the tests?)", e);
        }
        if (!variables.entrySet().stream().allMatch(v -> v.getValue().equals(System.getenv(v.getKey())))) {
            throw new IllegalStateException("the environment did not take the stack's variables");
        }
    }
}
