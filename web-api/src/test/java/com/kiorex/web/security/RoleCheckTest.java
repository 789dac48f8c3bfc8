package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    private final RoleCheck doctorsOnly = new RoleCheck(Set.of(Role.DOCTOR));

    @Test
    void filter_refusesAnAnonymousCallerWith401() {
        Caller anonymous = new Caller();
        anonymous.identify(Caller.ANONYMOUS, null, Set.of(), "127.0.0.1", "req-00000001");

        assertThatThrownBy(() -> doctorsOnly.filter(request(anonymous, false)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void filter_refusesASignedInCallerWithoutTheRoleWith403() {
        assertThatThrownBy(() -> doctorsOnly.filter(request(caller(Role.PATIENT), true)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void filter_letsACallerWithOneOfTheRolesThrough() {
        assertThatCode(() -> doctorsOnly.filter(request(caller(Role.NURSE, Role.DOCTOR), true)))
                .doesNotThrowAnyException();
    }

    @Test
    void filter_withNoRolesRefusesEveryone() {
        assertThatThrownBy(() -> new RoleCheck(Set.of()).filter(request(caller(Role.ADMIN), true)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void filter_withoutTheCallerFilterHavingRun_refusesWith401() {
        assertThatThrownBy(() -> doctorsOnly.filter(request(null, true))).isInstanceOf(NotAuthorizedException.class);
    }

    private static Caller caller(String... roles) {
        Caller caller = new Caller();
        caller.identify("sub-1", "user", Set.of(roles), "127.0.0.1", "req-00000001");
        return caller;
    }

    private static ContainerRequestContext request(Caller caller, boolean principal) {
        SecurityContext security = (SecurityContext) Proxy.newProxyInstance(RoleCheckTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) ->
                        method.getName().equals("getUserPrincipal") && principal ? (Principal) () -> "user" : null);
        return (ContainerRequestContext) Proxy.newProxyInstance(RoleCheckTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> CallerFilter.CALLER.equals(args[0]) ? caller : null;
                    case "getSecurityContext" -> security;
                    default -> null;
                });
    }
}
