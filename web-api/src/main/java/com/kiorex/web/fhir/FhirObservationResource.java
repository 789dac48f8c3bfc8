package com.kiorex.web.fhir;

import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.LabResults;
import com.kiorex.labs.boundary.ResultView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code GET /fhir/Observation/{id}}: a lab result as a FHIR R4 Observation (same access rule and audit). */
@Path("fhir/Observation")
@ApplicationScoped
public class FhirObservationResource {

    @Inject
    LabResults results;

    @GET
    @Path("{id}")
    @Produces({FhirPatientResource.FHIR_JSON, "application/json"})
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE})
    public Response read(@PathParam("id") UUID id) {
        ResultView result = results.result(id);
        return Response.ok(FhirObservations.toFhir(result, results.patientOf(id)).toString(),
                FhirPatientResource.FHIR_JSON).build();
    }
}
