package com.kiorex.web.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The RFC 9457 {@code application/problem+json} body (see {@code web/problem/Problem}) as the schema
 * {@code Problem}, and the error responses every operation can give, declared once under
 * {@code components/responses} and referenced from each operation.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI api, Components components) {
        components.addSchema("FieldError", object()
                .description("One invalid field: its path in the request (e.g. person.birthDate) and why.")
                .addProperty("field", string("Path of the field in the body, or the parameter name"))
                .addProperty("message", string("What is wrong with it"))
                .addRequired("field").addRequired("message"));
        components.addSchema("Problem", object()
                .description("RFC 9457 problem details; every error response has this body.")
                .addProperty("type", string("URI naming the kind of problem").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong in this occurrence"))
                .addProperty("requestId", string("The X-Request-Id of the request, to quote to support"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .description("Field errors of a 400")
                        .items(OASFactory.createSchema().ref(SCHEMAS + "FieldError")))
                .addRequired("type").addRequired("title").addRequired("status"));

        components.addResponse("BadRequest", problem(
                "Malformed JSON, or invalid fields and parameters (listed in errors)"));
        components.addResponse("Unauthorized", problem("No access token, or one that is invalid or expired"));
        components.addResponse("Forbidden", problem(
                "The caller's role, or relation to the patient, does not allow this"));
        components.addResponse("NotFound", problem("No such record"));
        components.addResponse("TooManyRequests", problem("Over the caller's request rate; retry later")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER))));
        components.addResponse("Problem", problem("Any other error: 409 conflict or duplicate, 412/428 stale "
                + "or missing If-Match, 422 business rule refused, 500 fault (with requestId)"));

        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (takesInput) {
                    reference(responses, "400", "BadRequest");
                }
                reference(responses, "401", "Unauthorized");
                reference(responses, "403", "Forbidden");
                if (hasPathParameter) {
                    reference(responses, "404", "NotFound");
                }
                reference(responses, "429", "TooManyRequests");
                useDefaultForErrors(responses);
                responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses())); // 2XX, 4xx, default
            }
        }
    }

    /**
     * Payara puts the success response it infers under {@code default}; when no 2xx is declared it is
     * moved to {@code 2XX}, so that {@code default} can say that every other status is a problem.
     */
    private static void useDefaultForErrors(APIResponses responses) {
        APIResponse generated = responses.getDefaultValue();
        boolean successDeclared = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (generated != null && successDeclared) {
            return;
        }
        if (generated != null) {
            responses.addAPIResponse("2XX", generated.description("Success"));
        }
        responses.setDefaultValue(OASFactory.createAPIResponse().ref(RESPONSES + "Problem"));
    }

    private static void reference(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }
}
