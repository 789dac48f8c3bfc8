package com.kiorex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.web.audit.AuditResource;
import com.kiorex.web.patients.PatientResource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deny-by-default guard: every endpoint the application registers must say who may call it.
 * A method that says nothing is refused to everyone at run time, which is safe but surprising;
 * this test makes the omission fail the build instead.
 */
class DenyByDefaultTest {

    private record Endpoint(Class<?> resource, Method method) {
        @Override
        public String toString() {
            return resource.getSimpleName() + "#" + method.getName();
        }
    }

    @Test
    void everyResourceMethod_statesWhoMayCallIt() {
        List<Endpoint> endpoints = endpointsOf(new KiorexApplication().getClasses());

        assertThat(endpoints).extracting(Endpoint::resource).as("the guard must see the registered resources")
                .contains(PatientResource.class, AuditResource.class);
        assertThat(endpoints.stream().filter(e -> !statesWhoMayCall(e)).map(Endpoint::toString))
                .as("resource methods without @RolesAllowed or @PermitAll (on the method or its class)")
                .isEmpty();
    }

    @Test
    void everyRoleNamedOnAnEndpoint_isAPlatformRole() {
        List<String> unknown = new ArrayList<>();
        for (Endpoint e : endpointsOf(new KiorexApplication().getClasses())) {
            RolesAllowed roles = e.method().isAnnotationPresent(RolesAllowed.class)
                    ? e.method().getAnnotation(RolesAllowed.class) : e.resource().getAnnotation(RolesAllowed.class);
            if (roles != null) {
                Arrays.stream(roles.value()).filter(r -> !com.kiorex.kernel.security.Role.ALL.contains(r))
                        .forEach(r -> unknown.add(e + " names " + r));
            }
        }

        assertThat(unknown).isEmpty();
    }

    // The guard's own fixtures: it must flag what says nothing and accept every explicit statement.

    @Path("silent")
    static class Silent {
        @GET public void list() { }
        @POST @RolesAllowed("admin") public void create() { }
    }

    @Path("explicit")
    @RolesAllowed("doctor")
    static class ExplicitOnClass {
        @GET public void list() { }
        @POST @PermitAll public void ping() { }
        @POST @Path("closed") @DenyAll public void closed() { }
        @Path("sub") public SubResource sub() { return new SubResource(); }
    }

    static class SubResource {
        @GET public void unguarded() { }
    }

    @Test
    void guard_flagsAResourceMethodThatSaysNothingIncludingInSubResources() {
        List<String> flagged = endpointsOf(Set.of(Silent.class, ExplicitOnClass.class)).stream()
                .filter(e -> !statesWhoMayCall(e)).map(Endpoint::toString).toList();

        assertThat(flagged).containsExactlyInAnyOrder("Silent#list", "SubResource#unguarded");
    }

    /** Resource methods of every root resource, following sub-resource locators. */
    private static List<Endpoint> endpointsOf(Collection<Class<?>> registered) {
        List<Endpoint> endpoints = new ArrayList<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>();
        registered.stream().filter(c -> c.isAnnotationPresent(Path.class)).forEach(toVisit::add);
        Set<Class<?>> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Class<?> resource = toVisit.pop();
            if (!seen.add(resource)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                if (isHttpMethod(method)) {
                    endpoints.add(new Endpoint(resource, method));
                } else if (method.isAnnotationPresent(Path.class)) {
                    toVisit.add(method.getReturnType());
                }
            }
        }
        return endpoints;
    }

    private static boolean isHttpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** {@code @DenyAll} on the method also counts: it says "nobody" on purpose. */
    private static boolean statesWhoMayCall(Endpoint e) {
        return e.method().isAnnotationPresent(RolesAllowed.class) || e.method().isAnnotationPresent(PermitAll.class)
                || e.method().isAnnotationPresent(DenyAll.class)
                || e.resource().isAnnotationPresent(RolesAllowed.class)
                || e.resource().isAnnotationPresent(PermitAll.class);
    }
}
