package com.kiorex.web;

import com.kiorex.web.audit.AuditResource;
import com.kiorex.web.batch.BatchResource;
import com.kiorex.web.batch.JobParametersProblemMapper;
import com.kiorex.web.fhir.FhirMedicationRequestResource;
import com.kiorex.web.consultations.BookingResource;
import com.kiorex.web.consultations.CalendarResource;
import com.kiorex.web.consultations.DoctorResource;
import com.kiorex.web.fhir.FhirPatientResource;
import com.kiorex.web.fhir.FhirObservationResource;
import com.kiorex.web.inbox.InboxResource;
import com.kiorex.web.notifications.GatewayCallbackResource;
import com.kiorex.web.notifications.MyNotificationsResource;
import com.kiorex.web.notifications.NotificationAdminResource;
import com.kiorex.web.labs.LabCatalogueResource;
import com.kiorex.web.labs.LabOrderResource;
import com.kiorex.web.labs.LabResultResource;
import com.kiorex.web.labs.PatientLabOrderResource;
import com.kiorex.web.labs.ResultFileResource;
import com.kiorex.web.labs.ReviewResource;
import com.kiorex.web.patients.CareTeamResource;
import com.kiorex.web.patients.ConsentResource;
import com.kiorex.web.patients.EmergencyContactResource;
import com.kiorex.web.patients.FamilyMemberResource;
import com.kiorex.web.patients.MedicalHistoryResource;
import com.kiorex.web.patients.PatientResource;
import com.kiorex.web.params.TimeParamConverters;
import com.kiorex.web.prescriptions.PatientPrescriptionResource;
import com.kiorex.web.prescriptions.PrescriptionCheckResource;
import com.kiorex.web.prescriptions.PrescriptionResource;
import com.kiorex.web.problem.ProblemMappers;
import com.kiorex.web.security.AccessControlFeature;
import com.kiorex.web.security.CallerFilter;
import com.kiorex.web.security.RateLimitFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API root. Classes are listed explicitly rather than scanned: libraries on the class path
 * (the Keycloak admin client brings RESTEasy providers) must not register themselves in Jersey.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Kiorex API", version = "0.1",
                description = "On-premises hospital platform. Errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from the Keycloak realm kiorex (audience kiorex-api)")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
public class KiorexApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(
                CallerFilter.class, AccessControlFeature.class, RateLimitFilter.class, TimeParamConverters.class,
                PatientResource.class, FamilyMemberResource.class, MedicalHistoryResource.class,
                EmergencyContactResource.class, ConsentResource.class, CareTeamResource.class,
                AuditResource.class, InboxResource.class, FhirPatientResource.class, BatchResource.class, JobParametersProblemMapper.class));
        classes.addAll(Set.of(PrescriptionResource.class, PatientPrescriptionResource.class,
                PrescriptionCheckResource.class, FhirMedicationRequestResource.class));
        classes.addAll(Set.of(DoctorResource.class, BookingResource.class, CalendarResource.class));
        classes.addAll(Set.of(MyNotificationsResource.class, NotificationAdminResource.class,
                GatewayCallbackResource.class));
        classes.addAll(Set.of(LabCatalogueResource.class, LabOrderResource.class, PatientLabOrderResource.class, LabResultResource.class,
                ResultFileResource.class, ReviewResource.class, FhirObservationResource.class));
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
