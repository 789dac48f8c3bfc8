package com.kiorex.web.inbox;

import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.kiorex.web.params.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Messages for the signed-in account only: the subject comes from the token, never the URL. */
@Path("me/inbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
    Role.ADMIN, Role.BATCH_OPERATOR})
public class InboxResource {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @GET
    public Page<Inbox.Message> list(@BeanParam PageParams paging) {
        return inbox.messagesOf(caller.subject(), paging.toRequest());
    }

    @POST
    @Path("{messageId}/read")
    public Inbox.Message markRead(@PathParam("messageId") UUID messageId) {
        return inbox.markRead(caller.subject(), messageId);
    }
}
