package com.kiorex.web.batch;

import com.kiorex.batch.boundary.BatchOperations;
import com.kiorex.batch.boundary.ExecutionDetails;
import com.kiorex.batch.boundary.ExecutionSummary;
import com.kiorex.batch.control.ItemErrors;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.web.params.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * Batch jobs for operators. A start or restart answers 201 with the new execution's address; the job
 * then runs in the background, and clients poll that address until {@code finished} is true.
 */
@Path("batch")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchOperations operations;

    @Context
    UriInfo uri;

    /** Body: the job's parameters as one JSON object, e.g. {@code {"olderThanDays": 90}}; {@code {}} for the defaults. */
    @POST
    @Path("jobs/{jobName}/executions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BATCH_OPERATOR)
    public Response start(@PathParam("jobName") String jobName, JsonValue parameters) {
        ExecutionDetails started = operations.start(jobName, JobParametersBody.toMap(parameters));
        return Response.created(location(started.id())).entity(started).build();
    }

    @GET
    @Path("jobs/{jobName}/executions")
    @RolesAllowed({Role.BATCH_OPERATOR, Role.ADMIN})
    public Page<ExecutionSummary> executions(@PathParam("jobName") String jobName, @BeanParam PageParams paging) {
        return operations.executions(jobName, paging.toRequest());
    }

    @GET
    @Path("executions/{id}")
    @RolesAllowed({Role.BATCH_OPERATOR, Role.ADMIN})
    public ExecutionDetails execution(@PathParam("id") long id) {
        return operations.execution(id);
    }

    /** The records the execution skipped (index in the input and reason), in input order. */
    @GET
    @Path("executions/{id}/errors")
    @RolesAllowed({Role.BATCH_OPERATOR, Role.ADMIN})
    public List<ItemErrors.ItemError> errors(@PathParam("id") long id, @BeanParam PageParams paging) {
        return operations.errors(id, paging.toRequest());
    }

    /** 202: the execution stops after its current chunk; poll it until {@code finished}. */
    @POST
    @Path("executions/{id}/stop")
    @RolesAllowed(Role.BATCH_OPERATOR)
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(operations.stop(id)).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @RolesAllowed(Role.BATCH_OPERATOR)
    public Response restart(@PathParam("id") long id) {
        ExecutionDetails restarted = operations.restart(id);
        return Response.created(location(restarted.id())).entity(restarted).build();
    }

    private URI location(long executionId) {
        return uri.getBaseUriBuilder().path(BatchResource.class).path("executions/{id}").build(executionId);
    }
}
