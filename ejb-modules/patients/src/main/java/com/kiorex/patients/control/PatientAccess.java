package com.kiorex.patients.control;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.CareRelationship;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The object-level rule for patient data, applied in every use case together with its audit row:
 * <ul>
 *   <li>a patient reaches the records their account manages (their own and their family's);</li>
 *   <li>clinical staff reach the records of patients in their care: they read everything and write
 *       clinical data;</li>
 *   <li>an administrator manages profiles, and reads clinical data only with a stated reason
 *       (break-glass), which the audit row keeps; an administrator never writes clinical data.</li>
 * </ul>
 * Anything else is refused, and the refusal is audited in a transaction of its own.
 */
@Dependent
public class PatientAccess {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<CareRelationship> careRelationships;

    /** Checks access to one patient's data and audits it; throws {@link AccessRefused} otherwise. */
    public void require(Patient patient, DataScope scope, AuditAction action, String resourceType, UUID resourceId) {
        if (patient.status() == PatientStatus.ERASED && !caller.hasRole(Role.ADMIN)) {
            throw new NotFound("patient");
        }
        boolean write = action != AuditAction.READ && action != AuditAction.SEARCH && action != AuditAction.EXPORT;
        Decision decision = decide(patient, scope, write);
        if (decision == Decision.REFUSED) {
            audit.refused(action, resourceType, resourceId, patient.publicId(), "no ownership or care relationship");
            throw new AccessRefused("you may not access this patient's " + scope.name().toLowerCase() + " data");
        }
        if (decision == Decision.BREAK_GLASS) {
            audit.successWithReason(action, resourceType, resourceId, patient.publicId(),
                    "break-glass: " + caller.accessReason());
        } else {
            audit.success(action, resourceType, resourceId, patient.publicId());
        }
    }

    /**
     * For acts only the patient's own account may perform (giving consent): staff and
     * administrators are refused even when they may otherwise reach the record.
     */
    public void requireManagedByCaller(Patient patient, AuditAction action, String resourceType, UUID resourceId) {
        if (!callerManages(patient)) {
            audit.refused(action, resourceType, resourceId, patient.publicId(), "only the account holder may do this");
            throw new AccessRefused("only the patient or their account holder may do this");
        }
        audit.success(action, resourceType, resourceId, patient.publicId());
    }

    /** True when the caller acts on a record their own account manages. */
    public boolean callerManages(Patient patient) {
        return caller.hasRole(Role.PATIENT) && patient.isManagedBy(caller.subject());
    }

    enum Decision { ALLOWED, BREAK_GLASS, REFUSED }

    /** Each of the caller's roles is a way in; the first that allows wins, break-glass only as a last resort. */
    Decision decide(Patient patient, DataScope scope, boolean write) {
        if (callerManages(patient)) {
            return Decision.ALLOWED;
        }
        boolean clinicianAllowed = !write || scope == DataScope.CLINICAL;
        if (clinicianAllowed && caller.hasAnyRole(Role.CLINICAL) && inCare(patient.publicId())) {
            return Decision.ALLOWED;
        }
        if (caller.hasRole(Role.ADMIN)) {
            if (scope == DataScope.PROFILE) {
                return Decision.ALLOWED;
            }
            if (!write && caller.accessReason() != null) {
                return Decision.BREAK_GLASS;
            }
        }
        return Decision.REFUSED;
    }

    private boolean inCare(UUID patientId) {
        for (CareRelationship relationship : careRelationships) {
            if (relationship.cares(caller.subject(), patientId)) {
                return true;
            }
        }
        return false;
    }
}
