package com.kiorex.web.prescriptions;

import com.kiorex.kernel.security.Role;
import com.kiorex.prescriptions.boundary.Dispensing;
import com.kiorex.prescriptions.boundary.IssuedPrescription;
import com.kiorex.prescriptions.boundary.PrescriptionDetails;
import com.kiorex.prescriptions.boundary.PrescriptionView;
import com.kiorex.prescriptions.boundary.Prescriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Prescriptions: a doctor issues one for a patient in their care and may cancel it; the patient and
 * their doctors read it and download its PDF; a pharmacist finds it by the code on the paper (in the
 * body, never the URL) and dispenses it once.
 */
@Path("prescriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriptionResource {

    static final String PDF = "application/pdf";

    @Inject
    Prescriptions prescriptions;

    @Inject
    Dispensing dispensing;

    @Inject
    JsonWebToken token;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.DOCTOR)
    public Response issue(@NotNull(message = "a body is required") @Valid PrescriptionDetails details) {
        IssuedPrescription issued = prescriptions.issue(details, PrescriberName.of(token));
        return Response.created(uriInfo.getBaseUriBuilder().path("prescriptions")
                        .path(issued.prescription().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(issued).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public PrescriptionView read(@PathParam("id") UUID id) {
        return prescriptions.read(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public Response pdf(@PathParam("id") UUID id) {
        return Response.ok(prescriptions.pdf(id), PDF)
                .header("Content-Disposition", "attachment; filename=\"prescription-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.DOCTOR)
    public PrescriptionView cancel(@PathParam("id") UUID id,
                                   @NotNull(message = "a body is required") @Valid PrescriptionCancellation request) {
        return prescriptions.cancel(id, request.reason());
    }

    @POST
    @Path("lookup")
    @RolesAllowed(Role.PHARMACIST)
    public PrescriptionView lookUp(@NotNull(message = "a body is required") @Valid VerificationCodeRequest request) {
        return dispensing.lookUp(request.code());
    }

    @POST
    @Path("dispense")
    @RolesAllowed(Role.PHARMACIST)
    public PrescriptionView dispense(@NotNull(message = "a body is required") @Valid VerificationCodeRequest request) {
        return dispensing.dispense(request.code());
    }
}
