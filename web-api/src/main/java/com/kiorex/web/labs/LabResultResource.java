package com.kiorex.web.labs;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.LabResults;
import com.kiorex.labs.boundary.ResultView;
import com.kiorex.labs.boundary.TrendView;
import com.kiorex.web.params.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A patient's lab results with flags, and the trend of a test: the patient's account and their carers. */
@Path("patients/{patientId}/lab-results")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LabResultResource {

    @Inject
    LabResults results;

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public Page<ResultView> list(@PathParam("patientId") UUID patientId,
                                 @QueryParam("loinc") @Pattern(regexp = "\\d{1,7}-\\d", message = "must be a LOINC code") String loinc,
                                 @BeanParam PageParams paging) {
        return results.of(patientId, loinc, paging.toRequest());
    }

    @GET
    @Path("{resultId}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public ResultView result(@PathParam("patientId") UUID patientId, @PathParam("resultId") UUID resultId) {
        return results.result(patientId, resultId);
    }

    @GET
    @Path("trends/{loinc}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public TrendView trend(@PathParam("patientId") UUID patientId,
                           @PathParam("loinc") @Pattern(regexp = "\\d{1,7}-\\d", message = "must be a LOINC code") String loinc) {
        return results.trend(patientId, loinc);
    }
}
