package com.kiorex.labs.control;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.security.CareRelationship;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/**
 * The object-level rule for a patient's lab orders and results: the account that manages the record,
 * and doctors and nurses who care for the patient (any {@link CareRelationship}: care team, ordering
 * doctor, consultations). Nobody else. Every decision is audited; a refusal in a transaction of its own.
 */
@Dependent
public class LabAccess {

    static final Set<String> CARERS = Set.of(Role.DOCTOR, Role.NURSE);

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<CareRelationship> careRelationships;

    @Inject
    Instance<PatientDirectory> accounts;

    public void require(UUID patientId, AuditAction action, String resourceType, UUID resourceId) {
        if (!allowed(patientId)) {
            audit.refused(action, resourceType, resourceId, patientId, "no ownership or care relationship");
            throw new AccessRefused("you may not access this patient's lab data");
        }
        audit.success(action, resourceType, resourceId, patientId);
    }

    public boolean callerManages(UUID patientId) {
        return caller.hasRole(Role.PATIENT) && accounts.stream()
                .anyMatch(a -> a.managingAccount(patientId).map(caller.subject()::equals).orElse(false));
    }

    boolean allowed(UUID patientId) {
        if (callerManages(patientId)) {
            return true;
        }
        return caller.hasAnyRole(CARERS) && careRelationships.stream().anyMatch(r -> r.cares(caller.subject(), patientId));
    }
}
