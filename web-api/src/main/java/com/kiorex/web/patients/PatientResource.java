package com.kiorex.web.patients;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.PatientDetails;
import com.kiorex.patients.boundary.PatientRecordExport;
import com.kiorex.patients.boundary.PatientRecords;
import com.kiorex.patients.boundary.PatientRegistry;
import com.kiorex.patients.boundary.PatientSearch;
import com.kiorex.patients.boundary.PatientSummary;
import com.kiorex.patients.boundary.PatientView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import com.kiorex.web.params.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Patient profiles: self-registration, staff search, reads and updates, GDPR export and erasure. */
@Path("patients")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    PatientRegistry registry;

    @Inject
    PatientSearch search;

    @Inject
    PatientRecords records;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("me")
    @RolesAllowed(Role.PATIENT)
    public Response registerSelf(@NotNull(message = "a body is required") @Valid PatientDetails details) {
        return created(registry.registerSelf(details));
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.PATIENT)
    public Response mine() {
        PatientView view = registry.mine();
        return Versions.withTag(Response.ok(view), view.version()).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response register(@NotNull(message = "a body is required") @Valid AdminRegistration registration) {
        return created(registry.registerForAccount(registration.accountUserId(), registration.patient()));
    }

    @POST
    @Path("search")
    @RolesAllowed({Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.ADMIN})
    public Page<PatientSummary> search(@NotNull(message = "a body is required") @Valid SearchRequest request,
                                       @BeanParam PageParams paging) {
        return search.search(new PatientSearch.Criteria(request.familyName, request.givenName, request.birthDate),
                paging.toRequest());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.ADMIN})
    public Response profile(@PathParam("id") UUID id) {
        PatientView view = registry.profile(id);
        return Versions.withTag(Response.ok(view), view.version()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a body is required") @Valid PatientDetails details) {
        PatientView view = registry.update(id, Versions.required(ifMatch), details);
        return Versions.withTag(Response.ok(view), view.version()).build();
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public PatientRecordExport export(@PathParam("id") UUID id) {
        return records.export(id);
    }

    @POST
    @Path("{id}/erasure")
    @RolesAllowed(Role.ADMIN)
    public PatientView erase(@PathParam("id") UUID id) {
        return records.erase(id);
    }

    private Response created(PatientView view) {
        return Versions.withTag(Response.created(uriInfo.getBaseUriBuilder().path("patients").path(view.id().toString())
                .build()).entity(view), view.version()).build();
    }
}
