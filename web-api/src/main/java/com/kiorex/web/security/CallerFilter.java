package com.kiorex.web.security;

import com.kiorex.kernel.security.Caller;
import com.kiorex.web.logging.RequestLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Fills the request's {@link Caller} from the token the container has already verified (signature,
 * issuer, audience, expiry; the request's principal is that token), hands the token to
 * {@link VerifiedTokens}, and puts the request's id on every response.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CallerFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request property under which later filters find the caller without another CDI look-up. */
    static final String CALLER = Caller.class.getName();

    /** Header in which an administrator states the reason for a break-glass read. */
    public static final String ACCESS_REASON = "X-Access-Reason";

    @Inject
    Caller caller;

    @Inject
    VerifiedTokens verifiedTokens;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        // settled by AdmissionFilter, which every /api/* request passes first
        String requestId = RequestLog.current() != null ? RequestLog.current()
                : RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        // the principal is the verified token itself; reading it here rather than through the injected
        // JsonWebToken bean spares a CDI producer call on every request (measured: BENCHMARKS.md)
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            verifiedTokens.remember(token);
            String username = token.getClaim("preferred_username");
            Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
            caller.identify(token.getSubject(), username, groups, servletRequest.getRemoteAddr(), requestId);
            caller.statedReason(request.getHeaderString(ACCESS_REASON));
        } else {
            caller.identify(Caller.ANONYMOUS, null, Set.of(), servletRequest.getRemoteAddr(), requestId);
        }
        request.setProperty(CALLER, caller);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // also for requests no resource matched (404, 405, 415), which never reached the request filter
        String requestId = RequestLog.current();
        if (requestId != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
