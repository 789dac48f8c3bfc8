package com.kiorex.web.audit;

import com.kiorex.kernel.audit.boundary.AuditLog;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.kiorex.web.params.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** Who touched which patient's data, newest first, filterable. */
@Path("audit-events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed(Role.ADMIN)
    public Page<AuditEntry> search(@QueryParam("patientId") UUID patientId, @QueryParam("userId") String userId,
                                   @QueryParam("outcome") AuditOutcome outcome,
                                   @QueryParam("from") Instant from, @QueryParam("to") Instant to, @BeanParam PageParams paging) {
        return auditLog.search(new AuditLog.Filter(patientId, userId, outcome, from, to), paging.toRequest())
                .map(AuditEntry::of);
    }
}
