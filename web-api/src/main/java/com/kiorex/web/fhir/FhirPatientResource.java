package com.kiorex.web.fhir;

import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.PatientRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code GET /fhir/Patient/{id}}: the patient's profile as a FHIR R4 Patient resource. */
@Path("fhir/Patient")
@ApplicationScoped
public class FhirPatientResource {

    static final String FHIR_JSON = "application/fhir+json";

    @Inject
    PatientRegistry registry;

    @GET
    @Path("{id}")
    @Produces({FHIR_JSON, "application/json"})
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.ADMIN})
    public Response read(@PathParam("id") UUID id) {
        var view = registry.profile(id);
        return Response.ok(FhirPatients.toFhir(view).toString(), FHIR_JSON)
                .tag(new EntityTag(Long.toString(view.version()), true))
                .build();
    }
}
