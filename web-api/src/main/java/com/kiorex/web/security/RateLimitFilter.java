package com.kiorex.web.security;

import com.kiorex.kernel.security.Caller;
import com.kiorex.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** 429 with Retry-After once a caller (or, unsigned, a client address) exceeds its rate. */
@Provider
@Priority(Priorities.AUTHENTICATION + 20)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Inject
    RateLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = caller.isAnonymous() ? "ip:" + caller.clientAddress() : caller.subject();
        long retryAfter = limits.take(key, caller.roles());
        if (retryAfter > 0) {
            request.abortWith(Problem.of(Response.Status.TOO_MANY_REQUESTS, "Too many requests",
                            "the rate limit for your account was reached; retry after " + retryAfter + " s")
                    .requestId(caller.requestId())
                    .toResponse()
                    .header("Retry-After", retryAfter)
                    .build());
        }
    }
}
