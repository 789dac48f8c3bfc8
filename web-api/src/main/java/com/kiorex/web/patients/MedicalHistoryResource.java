package com.kiorex.web.patients;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.HistoryEntryDetails;
import com.kiorex.patients.boundary.HistoryEntryView;
import com.kiorex.patients.boundary.MedicalHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** A patient's medical history. Entries are voided with a reason, never deleted. */
@Path("patients/{patientId}/history")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MedicalHistoryResource {

    @Inject
    MedicalHistory history;

    @POST
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public Response record(@PathParam("patientId") UUID patientId,
                           @NotNull(message = "a body is required") @Valid HistoryEntryDetails details) {
        return Response.status(Response.Status.CREATED).entity(history.record(patientId, details)).build();
    }

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.ADMIN})
    public List<HistoryEntryView> list(@PathParam("patientId") UUID patientId,
                                       @QueryParam("includeVoided") @DefaultValue("false") boolean includeVoided) {
        return history.of(patientId, includeVoided);
    }

    @POST
    @Path("{entryId}/void")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public HistoryEntryView voidEntry(@PathParam("patientId") UUID patientId, @PathParam("entryId") UUID entryId,
                                      @NotNull(message = "a body is required") @Valid VoidRequest request) {
        return history.voidEntry(patientId, entryId, request.reason());
    }
}
