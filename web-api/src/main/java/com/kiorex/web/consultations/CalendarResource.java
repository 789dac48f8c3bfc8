package com.kiorex.web.consultations;

import com.kiorex.consultations.boundary.Calendar;
import com.kiorex.consultations.boundary.CalendarEntryView;
import com.kiorex.kernel.security.Role;
import com.kiorex.web.params.InvalidParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The calling doctor's calendar, kept by the calendar consumer from booking events. */
@Path("calendar")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    Calendar calendar;

    @GET
    @RolesAllowed(Role.DOCTOR)
    public List<CalendarEntryView> mine(@QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        if (from == null || to == null) {
            throw new InvalidParameter(from == null ? "from" : "to", "is required (an instant such as 2026-11-23T00:00:00Z)");
        }
        return calendar.mine(from, to);
    }
}
