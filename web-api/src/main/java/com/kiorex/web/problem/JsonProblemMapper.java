package com.kiorex.web.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint expects. */
@Provider
public class JsonProblemMapper implements ExceptionMapper<JsonbException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(JsonbException e) {
        return problems.respond(Problem.of(400, "Malformed request body",
                "the body is not valid JSON for this endpoint (check field names, types and date formats)"), null);
    }
}
