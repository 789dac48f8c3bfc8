package com.kiorex.web.consultations;

import com.kiorex.consultations.boundary.DoctorCriteria;
import com.kiorex.consultations.boundary.DoctorDetails;
import com.kiorex.consultations.boundary.DoctorDirectory;
import com.kiorex.consultations.boundary.DoctorSearch;
import com.kiorex.consultations.boundary.DoctorSort;
import com.kiorex.consultations.boundary.DoctorSummary;
import com.kiorex.consultations.boundary.DoctorView;
import com.kiorex.consultations.boundary.ExceptionDetails;
import com.kiorex.consultations.boundary.ScheduleDetails;
import com.kiorex.consultations.boundary.ScheduleView;
import com.kiorex.consultations.boundary.Schedules;
import com.kiorex.consultations.boundary.SlotView;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.web.params.InvalidParameter;
import com.kiorex.web.params.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Doctor profiles, search, weekly schedules with their exceptions, and free slots. Search criteria travel in a POST body (a search point may be where a
 * patient lives); only paging and sorting are in the URL.
 */
@Path("doctors")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoctorResource {

    @Inject
    DoctorDirectory directory;

    @Inject
    DoctorSearch search;

    @Inject
    Schedules schedules;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response register(@NotNull(message = "a body is required") @Valid DoctorDetails details) {
        DoctorView view = directory.register(details);
        return Response.created(uriInfo.getBaseUriBuilder().path("doctors").path(view.id().toString()).build())
                .entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    public DoctorView update(@PathParam("id") UUID id, @NotNull(message = "a body is required") @Valid DoctorDetails details) {
        return directory.update(id, details);
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.DOCTOR)
    public DoctorView mine() {
        return directory.mine();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public DoctorView profile(@PathParam("id") UUID id) {
        return directory.profile(id);
    }

    @POST
    @Path("search")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public Page<DoctorSummary> search(@NotNull(message = "a body is required") @Valid DoctorCriteria criteria,
                                      @QueryParam("sort") String sort, @BeanParam PageParams paging) {
        DoctorSort order;
        try {
            order = DoctorSort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("sort", e.getMessage());
        }
        return search.search(criteria, order, paging.toRequest());
    }

    @PUT
    @Path("{doctorId}/schedule")
    @RolesAllowed({Role.DOCTOR, Role.ADMIN})
    public ScheduleView setWeekly(@PathParam("doctorId") UUID doctorId,
                                  @NotNull(message = "a body is required") @Valid ScheduleDetails details) {
        return schedules.setWeekly(doctorId, details);
    }

    @POST
    @Path("{doctorId}/exceptions")
    @RolesAllowed({Role.DOCTOR, Role.ADMIN})
    public ScheduleView addException(@PathParam("doctorId") UUID doctorId,
                                     @NotNull(message = "a body is required") @Valid ExceptionDetails details) {
        return schedules.addException(doctorId, details);
    }

    /** Free slots on the local dates {@code from} to {@code to} (inclusive; {@code to} defaults to {@code from}). */
    @GET
    @Path("{doctorId}/slots")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<SlotView> freeSlots(@PathParam("doctorId") UUID doctorId, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to) {
        if (from == null) {
            throw new InvalidParameter("from", "is required (a date such as 2026-11-23)");
        }
        return schedules.freeSlots(doctorId, from, to == null ? from : to);
    }
}
