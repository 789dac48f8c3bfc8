package com.kiorex.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything else: a generic 500 with the request id, details only in the log. */
@Provider
public class FallbackProblemMapper implements ExceptionMapper<Throwable> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Throwable e) {
        return problems.forFailure(e);
    }
}
