package com.kiorex.web.patients;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.FamilyMemberDetails;
import com.kiorex.patients.boundary.FamilyMembers;
import com.kiorex.patients.boundary.PatientView;
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
import java.util.List;
import java.util.UUID;

/** Family members an account holder manages; each becomes a patient record of its own. */
@Path("patients/{patientId}/family-members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamilyMemberResource {

    @Inject
    FamilyMembers familyMembers;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public Response add(@PathParam("patientId") UUID patientId,
                        @NotNull(message = "a body is required") @Valid FamilyMemberDetails details) {
        PatientView member = familyMembers.add(patientId, details);
        return Response.created(uriInfo.getBaseUriBuilder().path("patients").path(member.id().toString()).build())
                .entity(member).build();
    }

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<PatientView> list(@PathParam("patientId") UUID patientId) {
        return familyMembers.of(patientId);
    }
}
