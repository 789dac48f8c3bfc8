package com.kiorex.web.fhir;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.Role;
import com.kiorex.prescriptions.boundary.PrescriptionView;
import com.kiorex.prescriptions.boundary.Prescriptions;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /fhir/MedicationRequest/{prescriptionId}-{item}}: one item of a prescription as a FHIR R4
 * MedicationRequest, behind the same access rule and audit as reading the prescription.
 */
@Path("fhir/MedicationRequest")
@ApplicationScoped
public class FhirMedicationRequestResource {

    private static final Pattern ID = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})-([1-9][0-9]?)");

    @Inject
    Prescriptions prescriptions;

    @GET
    @Path("{id}")
    @Produces({FhirPatientResource.FHIR_JSON, "application/json"})
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public Response read(@PathParam("id") String id) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            throw new NotFound("MedicationRequest");
        }
        PrescriptionView view = prescriptions.read(UUID.fromString(parts.group(1)));
        int number = Integer.parseInt(parts.group(2));
        if (number > view.items().size()) {
            throw new NotFound("MedicationRequest");
        }
        return Response.ok(FhirMedicationRequests.toFhir(view, number).toString(), FhirPatientResource.FHIR_JSON)
                .tag(new EntityTag(Long.toString(view.version()), true))
                .build();
    }
}
