package com.kiorex.web.problem;

import com.kiorex.web.params.InvalidParameter;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A bad parameter: 400 with the parameter as the field at fault, like body validation errors. */
@Provider
public class InvalidParameterProblemMapper implements ExceptionMapper<InvalidParameter> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(InvalidParameter e) {
        return problems.invalid("some fields are missing or wrong", Map.of(e.parameter(), e.getMessage()));
    }
}
