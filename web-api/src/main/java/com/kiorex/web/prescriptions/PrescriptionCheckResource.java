package com.kiorex.web.prescriptions;

import com.kiorex.prescriptions.boundary.PrescriptionVerification;
import com.kiorex.prescriptions.boundary.PublicVerification;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public check printed on every prescription: no sign-in, rate limited per client address like
 * every anonymous call. The code is in the URL so it can be a link or a QR code; it is not PHI, and the
 * answer is single-purpose (status, issue date, prescriber), not cached and not passed on as a referrer.
 * The code alone never shows the medicines or the patient: that needs a pharmacist's sign-in.
 */
@Path("public/prescriptions/verify")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionCheckResource {

    @Inject
    PrescriptionVerification verification;

    @GET
    @Path("{code}")
    @PermitAll
    public Response verify(@PathParam("code") String code) {
        PublicVerification answer = verification.verify(code);
        return Response.ok(answer)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
