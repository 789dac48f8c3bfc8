package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessControlFeatureTest {

    static class Unannotated {
        @GET public void silent() { }
        @GET @RolesAllowed("nurse") public void nurses() { }
        @GET @PermitAll public void anyone() { }
        @GET @DenyAll public void nobody() { }
    }

    @RolesAllowed({"admin", "doctor"})
    static class StaffOnly {
        @GET public void inherits() { }
        @GET @RolesAllowed("patient") public void narrows() { }
        @GET @PermitAll public void opens() { }
        @GET @DenyAll public void closes() { }
    }

    @PermitAll
    static class Public {
        @GET public void inherits() { }
        @GET @DenyAll public void closes() { }
    }

    @DenyAll
    static class Closed {
        @GET public void inherits() { }
        @GET @RolesAllowed("admin") public void opens() { }
    }

    /** The roles the feature would let through, or null when it registers no check at all. */
    private static Set<String> allowedFor(Class<?> resource, String method) throws Exception {
        Method m = resource.getMethod(method);
        RecordingContext context = new RecordingContext();
        new AccessControlFeature().configure(new Info(resource, m), context);
        if (context.registered.isEmpty()) {
            return null;
        }
        assertThat(context.registered).singleElement().isInstanceOf(RoleCheck.class);
        Field allowed = RoleCheck.class.getDeclaredField("allowed");
        allowed.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> roles = (Set<String>) allowed.get(context.registered.get(0));
        return roles;
    }

    @Test
    void configure_refusesEveryoneOnAMethodThatSaysNothing() throws Exception {
        assertThat(allowedFor(Unannotated.class, "silent")).isEmpty();
    }

    @Test
    void configure_refusesEveryoneOnADenyAllMethodWhateverTheClassSays() throws Exception {
        assertThat(allowedFor(Unannotated.class, "nobody")).isEmpty();
        assertThat(allowedFor(StaffOnly.class, "closes")).isEmpty();
        assertThat(allowedFor(Public.class, "closes")).isEmpty();
    }

    @Test
    void configure_letsTheMethodsRolesOverrideTheClasses() throws Exception {
        assertThat(allowedFor(Unannotated.class, "nurses")).containsExactly("nurse");
        assertThat(allowedFor(StaffOnly.class, "narrows")).containsExactly("patient");
        assertThat(allowedFor(Closed.class, "opens")).containsExactly("admin");
    }

    @Test
    void configure_appliesTheClassRolesToAMethodThatSaysNothing() throws Exception {
        assertThat(allowedFor(StaffOnly.class, "inherits")).containsExactlyInAnyOrder("admin", "doctor");
        assertThat(allowedFor(Closed.class, "inherits")).isEmpty();
    }

    @Test
    void configure_registersNoCheckOnlyWherePermitAllIsStated() throws Exception {
        assertThat(allowedFor(Unannotated.class, "anyone")).isNull();
        assertThat(allowedFor(StaffOnly.class, "opens")).isNull();
        assertThat(allowedFor(Public.class, "inherits")).isNull();
    }

    private record Info(Class<?> getResourceClass, Method getResourceMethod) implements ResourceInfo {
    }

    /** Keeps what the feature registers; nothing else is supported. */
    private static final class RecordingContext implements FeatureContext {

        final List<Object> registered = new ArrayList<>();

        @Override
        public FeatureContext register(Object component) {
            registered.add(component);
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass) {
            registered.add(componentClass);
            return this;
        }

        @Override
        public Configuration getConfiguration() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext property(String name, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Class<?> componentClass, int priority) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Object component, int priority) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Object component, Class<?>... contracts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
            throw new UnsupportedOperationException();
        }
    }
}
