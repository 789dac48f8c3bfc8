package com.kiorex.web.labs;

import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.LabOrders;
import com.kiorex.labs.boundary.OrderDetails;
import com.kiorex.labs.boundary.OrderView;
import com.kiorex.labs.entity.CollectionStatus;
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
import java.util.UUID;

/** Lab orders (bookings) and their collection. */
@Path("labs/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabOrderResource {

    @Inject
    LabOrders orders;

    @POST
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public Response place(@NotNull(message = "a body is required") @Valid OrderDetails details) {
        return Response.status(Response.Status.CREATED).entity(orders.place(details)).build();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN})
    public OrderView order(@PathParam("orderId") UUID orderId) {
        return orders.order(orderId);
    }

    @POST
    @Path("{orderId}/collector")
    @RolesAllowed(Role.LAB_TECHNICIAN)
    public OrderView assignCollector(@PathParam("orderId") UUID orderId,
                                     @NotNull(message = "a body is required") @Valid CollectorAssignment body) {
        return orders.assignCollector(orderId, body.collectorSubject());
    }

    @POST
    @Path("{orderId}/collection")
    @RolesAllowed({Role.LAB_TECHNICIAN, Role.PATIENT, Role.DOCTOR})
    public OrderView moveCollection(@PathParam("orderId") UUID orderId,
                                    @NotNull(message = "a body is required") @Valid CollectionChange body) {
        return orders.moveCollection(orderId, CollectionStatus.valueOf(body.status()));
    }
}
