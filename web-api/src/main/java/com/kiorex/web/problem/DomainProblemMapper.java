package com.kiorex.web.problem;

import com.kiorex.kernel.problem.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business failures: 403, 404, 409, 422. */
@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(DomainException e) {
        return problems.forDomain(e);
    }
}
