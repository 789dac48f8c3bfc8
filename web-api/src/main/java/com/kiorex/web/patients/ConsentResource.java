package com.kiorex.web.patients;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.ConsentDetails;
import com.kiorex.patients.boundary.ConsentView;
import com.kiorex.patients.boundary.Consents;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Consents: given and withdrawn by the patient's own account, read by staff in their care. */
@Path("patients/{patientId}/consents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Consents consents;

    @POST
    @RolesAllowed(Role.PATIENT)
    public Response grant(@PathParam("patientId") UUID patientId,
                          @NotNull(message = "a body is required") @Valid ConsentDetails details) {
        return Response.status(Response.Status.CREATED).entity(consents.grant(patientId, details)).build();
    }

    @POST
    @Path("{consentId}/withdrawal")
    @RolesAllowed(Role.PATIENT)
    public ConsentView withdraw(@PathParam("patientId") UUID patientId, @PathParam("consentId") UUID consentId) {
        return consents.withdraw(patientId, consentId);
    }

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<ConsentView> list(@PathParam("patientId") UUID patientId) {
        return consents.of(patientId);
    }
}
