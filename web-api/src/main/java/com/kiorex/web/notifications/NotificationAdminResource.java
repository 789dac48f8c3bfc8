package com.kiorex.web.notifications;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.notifications.boundary.AdminDeliveryView;
import com.kiorex.notifications.boundary.NotificationAdmin;
import com.kiorex.notifications.boundary.TemplateView;
import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.DeliveryStatus;
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
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Administrators: every delivery (filter by status and channel), retrying dead letters, templates. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationAdminResource {

    @Inject
    NotificationAdmin admin;

    @GET
    @Path("deliveries")
    @RolesAllowed(Role.ADMIN)
    public Page<AdminDeliveryView> deliveries(@QueryParam("status") String status,
                                              @QueryParam("channel") String channel,
                                              @BeanParam PageParams paging) {
        return admin.deliveries(parse(DeliveryStatus.class, "status", status), parse(Channel.class, "channel", channel),
                paging.toRequest());
    }

    @POST
    @Path("deliveries/{deliveryId}/retry")
    @RolesAllowed(Role.ADMIN)
    public AdminDeliveryView retry(@PathParam("deliveryId") UUID deliveryId) {
        return admin.retry(deliveryId);
    }

    @GET
    @Path("templates")
    @RolesAllowed(Role.ADMIN)
    public List<TemplateView> templates() {
        return admin.templates();
    }

    @PUT
    @Path("templates/{eventType}/{language}/{channel}")
    @RolesAllowed(Role.ADMIN)
    public TemplateView rewrite(@PathParam("eventType") String eventType, @PathParam("language") String language,
                                @PathParam("channel") String channel,
                                @NotNull(message = "a body is required") @Valid TemplateBody body) {
        return admin.rewrite(eventType, language, parse(Channel.class, "channel", channel), body.subject, body.body);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
