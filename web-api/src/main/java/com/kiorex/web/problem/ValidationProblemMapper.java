package com.kiorex.web.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 400 with one entry per field at fault, named as in the request (e.g. {@code person.birthDate}). */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.merge(fieldOf(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return problems.invalid("some fields are missing or wrong", errors);
    }

    /**
     * Names the field as the caller knows it: the property path inside the body
     * ({@code person.birthDate}), or the query parameter's name when the parameter itself is wrong.
     */
    static String fieldOf(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> properties.add(node.getName());
                default -> {
                    // method, return value, bean: not part of the caller's field name
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "body" : parameter;
    }
}
