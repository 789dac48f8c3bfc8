package com.kiorex.web.labs;

import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.LabOrders;
import com.kiorex.labs.boundary.OrderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** A patient's lab orders, newest collection window first. */
@Path("patients/{patientId}/lab-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientLabOrderResource {

    @Inject
    LabOrders orders;

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public List<OrderView> ordersOf(@PathParam("patientId") UUID patientId) {
        return orders.ordersOf(patientId);
    }
}
