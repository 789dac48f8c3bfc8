package com.kiorex.prescriptions.control;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.security.CareRelationship;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.prescriptions.entity.Prescription;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may do what with prescriptions, checked in every use case together with its audit row:
 * <ul>
 *   <li>a doctor prescribes for a patient in their care (any {@link CareRelationship} counts);</li>
 *   <li>a prescription is read by the patient's account (own or family record), its prescribing doctor,
 *       and doctors caring for the patient;</li>
 *   <li>only the prescribing doctor cancels it;</li>
 *   <li>a pharmacist reaches it only through its verification code (see the dispensing boundary).</li>
 * </ul>
 * A refusal is audited in a transaction of its own.
 */
@Dependent
public class PrescriptionAccess {

    public static final String RESOURCE = "Prescription";

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    PatientDirectory patients;

    @Inject
    Instance<CareRelationship> careRelationships;

    /** Refuses (and audits the refusal) unless the caller is a doctor caring for the patient. */
    public void requireMayPrescribe(UUID patientId) {
        if (!(caller.hasRole(Role.DOCTOR) && inCare(patientId))) {
            refuse(AuditAction.CREATE, null, patientId, "only a doctor caring for the patient may prescribe");
        }
    }

    /** The audit row of an issued prescription, written once it has its id. */
    public void recordIssued(Prescription prescription) {
        audit.success(AuditAction.CREATE, RESOURCE, prescription.publicId(), prescription.patientId());
    }

    /** Dispensing: a pharmacist, who reached the prescription through its verification code. */
    public void requirePharmacist(Prescription prescription, AuditAction action) {
        check(caller.hasRole(Role.PHARMACIST), action, prescription.publicId(), prescription.patientId(),
                "only a pharmacist may dispense");
    }

    /** The public check by code: anyone holding the code may learn the status, and that is audited. */
    public void recordVerified(Prescription prescription) {
        audit.success(AuditAction.READ, RESOURCE, prescription.publicId(), prescription.patientId());
    }

    /** Listing a patient's prescriptions: the patient's account, or a doctor caring for them. */
    public void requireMayReadPatient(UUID patientId) {
        check(managesPatient(patientId) || caller.hasRole(Role.DOCTOR) && inCare(patientId), AuditAction.READ,
                null, patientId, "you may not read this patient's prescriptions");
    }

    public void requireMayRead(Prescription prescription, AuditAction action) {
        boolean allowed = managesPatient(prescription.patientId())
                || caller.hasRole(Role.DOCTOR) && (prescription.isPrescribedBy(caller.subject())
                        || inCare(prescription.patientId()));
        check(allowed, action, prescription.publicId(), prescription.patientId(),
                "you may not read this prescription");
    }

    public void requireMayCancel(Prescription prescription) {
        check(caller.hasRole(Role.DOCTOR) && prescription.isPrescribedBy(caller.subject()), AuditAction.VOID,
                prescription.publicId(), prescription.patientId(), "only the prescribing doctor may cancel it");
    }

    private void check(boolean allowed, AuditAction action, UUID prescriptionId, UUID patientId, String refusal) {
        if (!allowed) {
            refuse(action, prescriptionId, patientId, refusal);
        }
        audit.success(action, RESOURCE, prescriptionId, patientId);
    }

    private void refuse(AuditAction action, UUID prescriptionId, UUID patientId, String refusal) {
        audit.refused(action, RESOURCE, prescriptionId, patientId, "no ownership, care relationship or authorship");
        throw new AccessRefused(refusal);
    }

    private boolean managesPatient(UUID patientId) {
        return caller.hasRole(Role.PATIENT) && patients.managedBy(patientId, caller.subject());
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
