package com.kiorex.web.prescriptions;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.security.Role;
import com.kiorex.prescriptions.boundary.PrescriptionView;
import com.kiorex.prescriptions.boundary.Prescriptions;
import com.kiorex.web.params.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A patient's prescriptions, newest first: for the patient's account and the doctors caring for them. */
@Path("patients/{patientId}/prescriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientPrescriptionResource {

    @Inject
    Prescriptions prescriptions;

    @GET
    @RolesAllowed({Role.PATIENT, Role.DOCTOR})
    public Page<PrescriptionView> list(@PathParam("patientId") UUID patientId, @BeanParam PageParams paging) {
        return prescriptions.ofPatient(patientId, paging.toRequest());
    }
}
