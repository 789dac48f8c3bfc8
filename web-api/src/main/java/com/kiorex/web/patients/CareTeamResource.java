package com.kiorex.web.patients;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.CareTeamDetails;
import com.kiorex.patients.boundary.CareTeamView;
import com.kiorex.patients.boundary.CareTeams;
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

/** Care-team assignments: administrators decide who cares for a patient. */
@Path("patients/{patientId}/care-team")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareTeamResource {

    @Inject
    CareTeams careTeams;

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response assign(@PathParam("patientId") UUID patientId,
                           @NotNull(message = "a body is required") @Valid CareTeamDetails details) {
        return Response.status(Response.Status.CREATED).entity(careTeams.assign(patientId, details)).build();
    }

    @POST
    @Path("{assignmentId}/end")
    @RolesAllowed(Role.ADMIN)
    public CareTeamView end(@PathParam("patientId") UUID patientId, @PathParam("assignmentId") UUID assignmentId) {
        return careTeams.end(patientId, assignmentId);
    }

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<CareTeamView> list(@PathParam("patientId") UUID patientId) {
        return careTeams.of(patientId);
    }
}
