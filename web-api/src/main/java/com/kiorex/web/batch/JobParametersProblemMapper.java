package com.kiorex.web.batch;

import com.kiorex.batch.control.InvalidJobParameters;
import com.kiorex.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Parameters a job does not accept: 400 with one field error per parameter, like body validation. */
@Provider
public class JobParametersProblemMapper implements ExceptionMapper<InvalidJobParameters> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(InvalidJobParameters e) {
        return problems.invalid("some job parameters are unknown or wrong", e.problems());
    }
}
