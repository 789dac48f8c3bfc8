package com.kiorex.web.patients;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import com.kiorex.web.problem.Problem;
import jakarta.ws.rs.WebApplicationException;

/** Optimistic locking over HTTP: the ETag is the row version, updates must send it in If-Match. */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problem.of(428, "Precondition required",
                    "send If-Match with the ETag of the version you read").toResponse().build());
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.of(412, "Precondition failed",
                    "If-Match must be an ETag this API returned").toResponse().build());
        }
    }

    static Response.ResponseBuilder withTag(Response.ResponseBuilder builder, long version) {
        return builder.tag(tag(version));
    }
}
