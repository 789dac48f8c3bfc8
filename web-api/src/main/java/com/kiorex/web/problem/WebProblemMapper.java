package com.kiorex.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own failures (401, 403, 404 for unknown paths, 405, 406, 415 ...) as problems. */
@Provider
public class WebProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return problems.forFailure(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 401 -> "sign in: send a valid bearer token";
            case 403 -> "your role may not do this";
            case 404 -> "no such resource";
            default -> e.getMessage();
        };
        Response response = problems.respond(Problem.of(status, title, detail), null);
        if (e instanceof NotAuthorizedException) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return response;
    }
}
