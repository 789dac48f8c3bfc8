package com.kiorex.systemtest.incontainer;

import com.kiorex.kernel.audit.boundary.AuditLog;
import com.kiorex.kernel.audit.entity.AuditEvent;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.CareTeamDetails;
import com.kiorex.patients.boundary.CareTeams;
import com.kiorex.patients.boundary.PatientDetails;
import com.kiorex.patients.boundary.PatientRegistry;
import com.kiorex.patients.boundary.PatientView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, and the records a test needs, arranged through the boundaries themselves (runs
 * in the container). Each test makes its own people and patients, so tests share nothing.
 */
@Dependent
class Scene {

    static final String ADMIN = "it-admin";
    static final LocalDate BIRTH_DATE = LocalDate.of(1984, 2, 29);

    /** An account and the patient record it holds. */
    record Holder(String subject, PatientView record) {

        UUID id() {
            return record.id();
        }
    }

    @Inject
    Caller caller;

    @Inject
    PatientRegistry registry;

    @Inject
    CareTeams careTeams;

    @Inject
    AuditLog auditLog;

    /**
     * Becomes the caller of this request, as the web layer does from a token; the fresh request id
     * is returned because every audit row the call writes carries it.
     */
    String actAs(String subject, String role) {
        String requestId = UUID.randomUUID().toString();
        caller.identify(subject, subject, Set.of(role), "192.0.2.10", requestId);
        caller.statedReason(null);
        return requestId;
    }

    /** An administrator who gives a reason for reaching beyond their normal access (break-glass). */
    String actAsAdminGiving(String reason) {
        String requestId = actAs(ADMIN, Role.ADMIN);
        caller.statedReason(reason);
        return requestId;
    }

    static String newSubject() {
        return UUID.randomUUID().toString();
    }

    Holder newPatient() {
        return newPatient("Tester", BIRTH_DATE);
    }

    /** A new account with its own patient record, registered by an administrator. */
    Holder newPatient(String familyName, LocalDate birthDate) {
        String subject = newSubject();
        actAs(ADMIN, Role.ADMIN);
        return new Holder(subject, registry.registerForAccount(subject, details("Ada", familyName, birthDate)));
    }

    void putOnCareTeam(UUID patientId, String doctorSubject) {
        actAs(ADMIN, Role.ADMIN);
        careTeams.assign(patientId, new CareTeamDetails(doctorSubject, Role.DOCTOR));
    }

    static PatientDetails details(String givenName, String familyName, LocalDate birthDate) {
        return new PatientDetails(givenName, familyName, birthDate, null, null, null, null, null, null, "GB", "en");
    }

    /** The committed audit rows about this patient that the given request wrote. */
    List<AuditEvent> auditRows(String requestId, UUID patientId) {
        return auditLog.search(new AuditLog.Filter(patientId, null, null, null, null), new PageRequest(0, 100))
                .items().stream().filter(row -> requestId.equals(row.requestId())).toList();
    }
}
