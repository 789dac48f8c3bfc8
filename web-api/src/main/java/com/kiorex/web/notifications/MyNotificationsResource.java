package com.kiorex.web.notifications;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.notifications.boundary.MyNotifications;
import com.kiorex.notifications.boundary.NotificationView;
import com.kiorex.notifications.boundary.Preferences;
import com.kiorex.web.params.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person's notifications (with each channel's delivery status) and preferences. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject
    MyNotifications mine;

    @GET
    @Path("notifications")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
        Role.ADMIN, Role.BATCH_OPERATOR})
    public Page<NotificationView> list(@BeanParam PageParams paging) {
        return mine.list(paging.toRequest());
    }

    @GET
    @Path("notification-preferences")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
        Role.ADMIN, Role.BATCH_OPERATOR})
    public Preferences preferences() {
        return mine.preferences();
    }

    @PUT
    @Path("notification-preferences")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
        Role.ADMIN, Role.BATCH_OPERATOR})
    public Preferences update(@NotNull(message = "a body is required") @Valid PreferencesBody body) {
        return mine.update(body.toPreferences());
    }
}
