package com.kiorex.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds one problem+json response. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://kiorex.example/problems/";

    private final int status;
    private final String title;
    private final String detail;
    private String requestId;
    private Map<String, String> fieldErrors = Map.of();

    private Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public static Problem of(Response.StatusType status, String title, String detail) {
        return new Problem(status.getStatusCode(), title, detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    public Problem requestId(String id) {
        this.requestId = id;
        return this;
    }

    public Problem fieldErrors(Map<String, String> errors) {
        this.fieldErrors = Map.copyOf(errors);
        return this;
    }

    public String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug(title))
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (requestId != null) {
            body.add("requestId", requestId);
        }
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fieldErrors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> errors.add(
                    Json.createObjectBuilder().add("field", e.getKey()).add("message", e.getValue())));
            body.add("errors", errors);
        }
        return body.build().toString();
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(TYPE).entity(json());
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
