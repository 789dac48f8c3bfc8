package com.kiorex.prescriptions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.security.CareRelationship;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionFixtures;
import com.kiorex.prescriptions.entity.VerificationCode;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The object-level rules, with every decision's audit row. */
class PrescriptionAccessTest {

    private static final String HOLDER = "alice";
    private static final String PRESCRIBER = "house";
    private static final String CARING_DOCTOR = "grey";

    private final Prescription prescription = PrescriptionFixtures.active(PRESCRIBER, VerificationCode.generate());
    private final UUID patient = prescription.patientId();
    private final List<String> audit = new ArrayList<>();

    private PrescriptionAccess as(String subject, String... roles) {
        Caller caller = new Caller();
        caller.identify(subject, subject, Set.of(roles), "10.0.0.1", "req-1");
        PrescriptionAccess access = new PrescriptionAccess();
        access.caller = caller;
        access.audit = new AuditTrail() {
            @Override
            public void success(AuditAction action, String type, UUID resourceId, UUID patientId) {
                audit.add("SUCCESS " + action + " " + patientId);
            }

            @Override
            public void refused(AuditAction action, String type, UUID resourceId, UUID patientId, String reason) {
                audit.add("REFUSED " + action + " " + patientId);
            }
        };
        access.patients = PrescriptionFixtures.directory(
                patientId -> patient.equals(patientId) ? Optional.of(HOLDER) : Optional.empty());
        access.careRelationships = careOf((staff, patientId) -> CARING_DOCTOR.equals(staff) && patient.equals(patientId));
        return access;
    }

    /** What CDI would inject: only iteration is used. */
    @SuppressWarnings("unchecked")
    private static Instance<CareRelationship> careOf(CareRelationship... sources) {
        return (Instance<CareRelationship>) Proxy.newProxyInstance(CareRelationship.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return List.of(sources).iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void prescribing_isForADoctorCaringForThePatient() {
        assertThatCode(() -> as(CARING_DOCTOR, Role.DOCTOR).requireMayPrescribe(patient)).doesNotThrowAnyException();
        assertThat(audit).as("the success row is written once the prescription has its id").isEmpty();

        assertThatThrownBy(() -> as(PRESCRIBER, Role.DOCTOR).requireMayPrescribe(patient))
                .as("a doctor without a care relationship").isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> as(CARING_DOCTOR, Role.NURSE).requireMayPrescribe(patient))
                .as("caring, but not a doctor").isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> as(HOLDER, Role.PATIENT).requireMayPrescribe(patient))
                .isInstanceOf(AccessRefused.class);
        assertThat(audit).containsExactly("REFUSED CREATE " + patient, "REFUSED CREATE " + patient,
                "REFUSED CREATE " + patient);
    }

    @Test
    void reading_isForThePatientsAccountThePrescriberAndCaringDoctors() {
        as(HOLDER, Role.PATIENT).requireMayRead(prescription, AuditAction.READ);
        as(PRESCRIBER, Role.DOCTOR).requireMayRead(prescription, AuditAction.READ);
        as(CARING_DOCTOR, Role.DOCTOR).requireMayRead(prescription, AuditAction.EXPORT);

        assertThat(audit).containsExactly("SUCCESS READ " + patient, "SUCCESS READ " + patient,
                "SUCCESS EXPORT " + patient);
    }

    @Test
    void reading_isRefusedToEveryoneElse_andEachRefusalIsAudited() {
        List<PrescriptionAccess> others = List.of(as("bob", Role.PATIENT), as("cuddy", Role.DOCTOR),
                as(CARING_DOCTOR, Role.NURSE), as("phil", Role.PHARMACIST), as("ada", Role.ADMIN),
                as(PRESCRIBER, Role.PATIENT));
        for (PrescriptionAccess other : others) {
            assertThatThrownBy(() -> other.requireMayRead(prescription, AuditAction.READ))
                    .isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> other.requireMayReadPatient(patient)).isInstanceOf(AccessRefused.class);
        }
        assertThat(audit).hasSize(2 * others.size()).allMatch(row -> row.equals("REFUSED READ " + patient));
    }

    @Test
    void listingAPatientsPrescriptions_isForTheAccountAndCaringDoctors() {
        as(HOLDER, Role.PATIENT).requireMayReadPatient(patient);
        as(CARING_DOCTOR, Role.DOCTOR).requireMayReadPatient(patient);

        assertThatThrownBy(() -> as(HOLDER, Role.PATIENT).requireMayReadPatient(UUID.randomUUID()))
                .as("a patient the account does not manage").isInstanceOf(AccessRefused.class);
    }

    @Test
    void cancelling_isForThePrescriberOnly() {
        as(PRESCRIBER, Role.DOCTOR).requireMayCancel(prescription);

        assertThatThrownBy(() -> as(CARING_DOCTOR, Role.DOCTOR).requireMayCancel(prescription))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> as(HOLDER, Role.PATIENT).requireMayCancel(prescription))
                .isInstanceOf(AccessRefused.class);
        assertThat(audit).containsExactly("SUCCESS VOID " + patient, "REFUSED VOID " + patient,
                "REFUSED VOID " + patient);
    }

    @Test
    void dispensing_isForPharmacistsOnly() {
        as("phil", Role.PHARMACIST).requirePharmacist(prescription, AuditAction.UPDATE);

        assertThatThrownBy(() -> as(PRESCRIBER, Role.DOCTOR).requirePharmacist(prescription, AuditAction.UPDATE))
                .isInstanceOf(AccessRefused.class);
        assertThat(audit).containsExactly("SUCCESS UPDATE " + patient, "REFUSED UPDATE " + patient);
    }
}
