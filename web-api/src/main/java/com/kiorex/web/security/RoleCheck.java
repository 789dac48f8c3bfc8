package com.kiorex.web.security;

import com.kiorex.kernel.security.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * 401 when nobody is signed in, 403 when the signed-in caller holds none of the roles. An empty
 * role set refuses every caller.
 */
@Priority(Priorities.AUTHORIZATION)
class RoleCheck implements ContainerRequestFilter {

    private final Set<String> allowed;

    RoleCheck(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = (Caller) request.getProperty(CallerFilter.CALLER);
        if (caller == null || caller.isAnonymous() || request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!caller.hasAnyRole(allowed)) {
            throw new ForbiddenException("your role may not do this");
        }
    }
}
