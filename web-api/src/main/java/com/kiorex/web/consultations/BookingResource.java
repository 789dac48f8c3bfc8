package com.kiorex.web.consultations;

import com.kiorex.consultations.boundary.BookingRequest;
import com.kiorex.consultations.boundary.BookingResult;
import com.kiorex.consultations.boundary.BookingView;
import com.kiorex.consultations.boundary.Bookings;
import com.kiorex.consultations.boundary.RecordDetails;
import com.kiorex.consultations.boundary.RecordView;
import com.kiorex.kernel.security.Role;
import com.kiorex.web.params.InvalidParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Bookings and their life cycle. {@code POST /bookings} honours an {@code Idempotency-Key} header: a
 * retry returns the same booking (with {@code Idempotent-Replayed: true}), never a second one.
 */
@Path("bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    @Inject
    Bookings bookings;

    @Context
    UriInfo uriInfo;

    /** Move to another slot. */
    public record Reschedule(@NotNull(message = "is required") UUID slotId) {
    }

    /** Why the booking is cancelled. */
    public record Cancellation(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                               String reason) {
    }

    @POST
    @RolesAllowed({Role.PATIENT, Role.ADMIN})
    public Response book(@HeaderParam(IDEMPOTENCY_KEY) String key,
                         @NotNull(message = "a body is required") @Valid BookingRequest request) {
        if (key != null && !KEY_SHAPE.matcher(key).matches()) {
            throw new InvalidParameter(IDEMPOTENCY_KEY, "must be 8 to 100 letters, digits or . _ : -");
        }
        BookingResult result = bookings.book(request, key);
        return Response.created(uriInfo.getBaseUriBuilder().path("bookings").path(result.booking().id().toString())
                        .build())
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .entity(result.booking()).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed(Role.PATIENT)
    public List<BookingView> mine() {
        return bookings.mine();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.ADMIN})
    public BookingView get(@PathParam("id") UUID id) {
        return bookings.get(id);
    }

    @POST
    @Path("{id}/reschedule")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.ADMIN})
    public BookingView reschedule(@PathParam("id") UUID id, @NotNull(message = "a body is required") @Valid Reschedule body) {
        return bookings.reschedule(id, body.slotId());
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.ADMIN})
    public BookingView cancel(@PathParam("id") UUID id, @NotNull(message = "a body is required") @Valid Cancellation body) {
        return bookings.cancel(id, body.reason());
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({Role.DOCTOR, Role.ADMIN})
    public BookingView noShow(@PathParam("id") UUID id) {
        return bookings.noShow(id);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Role.DOCTOR)
    public BookingView start(@PathParam("id") UUID id) {
        return bookings.start(id);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Role.DOCTOR)
    public BookingView end(@PathParam("id") UUID id) {
        return bookings.end(id);
    }

    @PUT
    @Path("{id}/record")
    @RolesAllowed(Role.DOCTOR)
    public RecordView writeRecord(@PathParam("id") UUID id,
                                  @NotNull(message = "a body is required") @Valid RecordDetails details) {
        return bookings.writeRecord(id, details);
    }

    @GET
    @Path("{id}/record")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public RecordView record(@PathParam("id") UUID id) {
        return bookings.record(id);
    }
}
