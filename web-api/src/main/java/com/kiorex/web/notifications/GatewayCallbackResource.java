package com.kiorex.web.notifications;

import com.kiorex.notifications.boundary.GatewayReceipts;
import com.kiorex.web.problem.Problem;
import com.kiorex.web.problem.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Delivery receipts from the SMS ({@code sms}) and push ({@code push}) gateways. Gateways hold no
 * Keycloak token: the request is authenticated by the HMAC signature of its body instead, and an
 * unsigned or wrongly signed one gets 401.
 */
@Path("notifications/gateway-callbacks")
@ApplicationScoped
public class GatewayCallbackResource {

    @Inject
    GatewayReceipts receipts;

    @Inject
    Problems problems;

    @POST
    @Path("{gateway}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("gateway") String gateway,
                            @HeaderParam(GatewayReceipts.SIGNATURE_HEADER) String signature, String body) {
        return switch (receipts.receive(gateway, body == null ? "" : body, signature)) {
            case APPLIED -> Response.noContent().build();
            case MALFORMED -> problems.invalid("the receipt must be {\"reference\":<delivery id>,\"status\":"
                    + "\"delivered\"|\"failed\"}", Map.of("body", "malformed receipt"));
            case UNKNOWN_GATEWAY -> problems.respond(Problem.of(404, "Not found", "no such gateway"), null);
            case BAD_SIGNATURE -> problems.respond(Problem.of(401, "Unauthorized",
                    "missing or invalid " + GatewayReceipts.SIGNATURE_HEADER), null);
        };
    }
}
