package com.kiorex.web.consultations;

import com.kiorex.consultations.boundary.ExceptionDetails;
import com.kiorex.consultations.boundary.ScheduleDetails;
import com.kiorex.consultations.boundary.ScheduleView;
import com.kiorex.consultations.boundary.Schedules;
import com.kiorex.consultations.boundary.SlotView;
import com.kiorex.kernel.security.Role;
import com.kiorex.web.params.InvalidParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A doctor's weekly schedule, its exceptions, and the free slots derived from them. */
@Path("doctors/{doctorId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    Schedules schedules;

    @PUT
    @Path("schedule")
    @RolesAllowed({Role.DOCTOR, Role.ADMIN})
    public ScheduleView setWeekly(@PathParam("doctorId") UUID doctorId,
                                  @NotNull(message = "a body is required") @Valid ScheduleDetails details) {
        return schedules.setWeekly(doctorId, details);
    }

    @POST
    @Path("exceptions")
    @RolesAllowed({Role.DOCTOR, Role.ADMIN})
    public ScheduleView addException(@PathParam("doctorId") UUID doctorId,
                                     @NotNull(message = "a body is required") @Valid ExceptionDetails details) {
        return schedules.addException(doctorId, details);
    }

    /** Free slots on the local dates {@code from} to {@code to} (inclusive; {@code to} defaults to {@code from}). */
    @GET
    @Path("slots")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.ADMIN})
    public List<SlotView> freeSlots(@PathParam("doctorId") UUID doctorId, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to) {
        if (from == null) {
            throw new InvalidParameter("from", "is required (a date such as 2026-11-23)");
        }
        return schedules.freeSlots(doctorId, from, to == null ? from : to);
    }
}
