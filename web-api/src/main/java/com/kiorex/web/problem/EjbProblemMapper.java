package com.kiorex.web.problem;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The container wraps system exceptions of EJBs; look inside for what really happened. */
@Provider
public class EjbProblemMapper implements ExceptionMapper<EJBException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(EJBException e) {
        return problems.forFailure(e);
    }
}
