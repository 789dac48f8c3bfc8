package com.kiorex.web.patients;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.ContactDetails;
import com.kiorex.patients.boundary.ContactView;
import com.kiorex.patients.boundary.EmergencyContacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** A patient's emergency contacts. */
@Path("patients/{patientId}/emergency-contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyContactResource {

    @Inject
    EmergencyContacts contacts;

    @POST
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public Response add(@PathParam("patientId") UUID patientId,
                        @NotNull(message = "a body is required") @Valid ContactDetails details) {
        return Response.status(Response.Status.CREATED).entity(contacts.add(patientId, details)).build();
    }

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<ContactView> list(@PathParam("patientId") UUID patientId) {
        return contacts.of(patientId);
    }

    @DELETE
    @Path("{contactId}")
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public Response remove(@PathParam("patientId") UUID patientId, @PathParam("contactId") UUID contactId) {
        contacts.remove(patientId, contactId);
        return Response.noContent().build();
    }
}
