package com.kiorex.web.labs;

import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.FacilityView;
import com.kiorex.labs.boundary.LabCatalogue;
import com.kiorex.labs.boundary.TestSearch;
import com.kiorex.labs.boundary.TestView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The lab test catalogue and facilities: public to every signed-in user, no patient data. */
@Path("labs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LabCatalogueResource {

    @Inject
    LabCatalogue catalogue;

    @GET
    @Path("tests")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
            Role.ADMIN})
    public List<TestView> search(@QueryParam("q") @Size(max = 100, message = "at most 100 characters") String text,
                                 @QueryParam("specimen") @Size(max = 100, message = "at most 100 characters") String specimen,
                                 @QueryParam("kind") @Pattern(regexp = "TEST|PANEL", message = "must be TEST or PANEL") String kind,
                                 @QueryParam("facility") UUID facility,
                                 @QueryParam("maxTurnaroundHours") @Min(value = 1, message = "must be at least 1")
                                 @Max(value = 10000, message = "must be at most 10000") Integer maxTurnaround,
                                 @QueryParam("maxPrice") BigDecimal maxPrice) {
        return catalogue.search(new TestSearch(text, specimen, kind, facility, maxTurnaround, maxPrice));
    }

    @GET
    @Path("tests/{loinc}")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
            Role.ADMIN})
    public TestView test(@PathParam("loinc") @Pattern(regexp = "\\d{1,7}-\\d", message = "must be a LOINC code") String loinc) {
        return catalogue.test(loinc);
    }

    @GET
    @Path("facilities")
    @RolesAllowed({Role.PATIENT, Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST, Role.BILLING_CLERK,
            Role.ADMIN})
    public List<FacilityView> facilities() {
        return catalogue.facilities();
    }
}
