package com.kiorex.web.labs;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.ResultReviews;
import com.kiorex.labs.boundary.ReviewView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The lab result review queue: lab technicians list open items and resolve each once. */
@Path("labs/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ResultReviews reviews;

    @GET
    @RolesAllowed(Role.LAB_TECHNICIAN)
    public Page<ReviewView> open(@BeanParam PageParams paging) {
        return reviews.open(paging.toRequest());
    }

    @POST
    @Path("{reviewId}/resolve")
    @RolesAllowed(Role.LAB_TECHNICIAN)
    public ReviewView resolve(@PathParam("reviewId") UUID reviewId,
                              @NotNull(message = "a body is required") @Valid ReviewResolution body) {
        if (body.dismissReason() != null && !body.dismissReason().isBlank()) {
            return reviews.dismiss(reviewId, body.dismissReason());
        }
        if (body.patientId() == null || body.orderId() == null) {
            throw new InvalidParameter("body", "give patientId and orderId to file the item, or a dismissReason");
        }
        return reviews.file(reviewId, body.patientId(), body.orderId());
    }
}
