package com.kiorex.patients.control;

import static com.kiorex.patients.control.PatientAccess.Decision.ALLOWED;
import static com.kiorex.patients.control.PatientAccess.Decision.BREAK_GLASS;
import static com.kiorex.patients.control.PatientAccess.Decision.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.CareRelationship;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.control.PatientAccess.Decision;
import com.kiorex.patients.control.RecordingAuditTrail.Row;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientFixtures;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientAccessTest {

    private static final String HOLDER = "acc-holder";
    private static final String CLINICIAN = "staff-1";
    private static final String REASON = "complaint 2026-44";

    private final Patient patient = PatientFixtures.ownRecord(HOLDER);
    private final Patient child = patient.addFamilyMember("son", PatientFixtures.person("Byron", "Lovelace"));
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    /** Patients in CLINICIAN's care; nobody else cares for anyone. */
    private final Set<UUID> inCare = new HashSet<>();
    private final CareRelationship careTeam = (staff, patientId) -> CLINICIAN.equals(staff) && inCare.contains(patientId);

    private PatientAccess accessFor(String subject, String reason, String... roles) {
        Caller caller = new Caller();
        caller.identify(subject, subject, Set.of(roles), "10.0.0.1", "req-00000001");
        caller.statedReason(reason);
        PatientAccess access = new PatientAccess();
        access.caller = caller;
        access.audit = audit;
        access.careRelationships = CareRelationships.of(careTeam);
        return access;
    }

    /** The four decisions for one caller and record, so a failure shows the whole row of the matrix. */
    private static Map<String, Decision> matrix(PatientAccess access, Patient patient) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        decisions.put("profile read", access.decide(patient, DataScope.PROFILE, false));
        decisions.put("profile write", access.decide(patient, DataScope.PROFILE, true));
        decisions.put("clinical read", access.decide(patient, DataScope.CLINICAL, false));
        decisions.put("clinical write", access.decide(patient, DataScope.CLINICAL, true));
        return decisions;
    }

    private static Map<String, Decision> all(Decision d) {
        return Map.of("profile read", d, "profile write", d, "clinical read", d, "clinical write", d);
    }

    @Test
    void decide_letsAPatientDoEverythingOnTheirOwnRecord() {
        assertThat(matrix(accessFor(HOLDER, null, Role.PATIENT), patient)).isEqualTo(all(ALLOWED));
    }

    @Test
    void decide_letsTheAccountHolderDoEverythingOnAFamilyMembersRecord() {
        assertThat(matrix(accessFor(HOLDER, null, Role.PATIENT), child)).isEqualTo(all(ALLOWED));
    }

    @Test
    void decide_refusesAPatientEverythingOnAnotherAccountsRecord() {
        assertThat(matrix(accessFor("acc-other", REASON, Role.PATIENT), patient)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_needsThePatientRoleToManageARecordEvenForTheLinkedAccount() {
        assertThat(matrix(accessFor(HOLDER, null, Role.BILLING_CLERK), patient)).isEqualTo(all(REFUSED));
    }

    @ParameterizedTest
    @ValueSource(strings = {Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST})
    void decide_letsClinicalStaffInCareReadEverythingButWriteOnlyClinicalData(String role) {
        inCare.add(patient.publicId());

        assertThat(matrix(accessFor(CLINICIAN, null, role), patient)).containsExactly(
                entry("profile read", ALLOWED), entry("profile write", REFUSED),
                entry("clinical read", ALLOWED), entry("clinical write", ALLOWED));
    }

    @ParameterizedTest
    @ValueSource(strings = {Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN, Role.PHARMACIST})
    void decide_refusesClinicalStaffEverythingWithoutACareRelationship(String role) {
        assertThat(matrix(accessFor(CLINICIAN, REASON, role), patient)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_careForOnePatientDoesNotReachTheirFamily() {
        inCare.add(patient.publicId());

        assertThat(matrix(accessFor(CLINICIAN, null, Role.DOCTOR), child)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_asksAboutTheCallingStaffMemberNotJustAnyone() {
        inCare.add(patient.publicId());

        assertThat(matrix(accessFor("staff-2", null, Role.DOCTOR), patient)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_acceptsACareRelationshipFromAnySource() {
        inCare.add(patient.publicId());
        PatientAccess access = accessFor(CLINICIAN, null, Role.NURSE);
        access.careRelationships = CareRelationships.of((staff, id) -> false, careTeam);

        assertThat(access.decide(patient, DataScope.CLINICAL, true)).isEqualTo(ALLOWED);
    }

    @Test
    void decide_refusesClinicalStaffWhenNoCareRelationshipSourceExists() {
        PatientAccess access = accessFor(CLINICIAN, null, Role.DOCTOR);
        access.careRelationships = CareRelationships.of();

        assertThat(matrix(access, patient)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_letsAnAdministratorManageProfilesButNotClinicalDataWithoutAReason() {
        assertThat(matrix(accessFor("admin-1", null, Role.ADMIN), patient)).containsExactly(
                entry("profile read", ALLOWED), entry("profile write", ALLOWED),
                entry("clinical read", REFUSED), entry("clinical write", REFUSED));
    }

    @Test
    void decide_letsAnAdministratorReadButNeverWriteClinicalDataWithAStatedReason() {
        assertThat(matrix(accessFor("admin-1", REASON, Role.ADMIN), patient)).containsExactly(
                entry("profile read", ALLOWED), entry("profile write", ALLOWED),
                entry("clinical read", BREAK_GLASS), entry("clinical write", REFUSED));
    }

    @Test
    void decide_treatsABlankStatedReasonAsNoReason() {
        assertThat(accessFor("admin-1", "   ", Role.ADMIN).decide(patient, DataScope.CLINICAL, false))
                .isEqualTo(REFUSED);
    }

    @Test
    void decide_refusesABillingClerkEverythingEvenWithAStatedReason() {
        assertThat(matrix(accessFor("clerk-1", REASON, Role.BILLING_CLERK), patient)).isEqualTo(all(REFUSED));
    }

    @Test
    void decide_refusesACallerWithoutPlatformRoles() {
        assertThat(matrix(accessFor("anonymous", REASON), patient)).isEqualTo(all(REFUSED));
        assertThat(matrix(accessFor(HOLDER, REASON, "default-roles-kiorex"), patient)).isEqualTo(all(REFUSED));
    }

    /** Holding a clinical role as well must not take away what the admin role allows. */
    @Test
    void decide_letsAnAdministratorWhoAlsoTreatsThePatientManageTheProfile() {
        inCare.add(patient.publicId());

        assertThat(accessFor(CLINICIAN, null, Role.ADMIN, Role.DOCTOR).decide(patient, DataScope.PROFILE, true))
                .isEqualTo(ALLOWED);
    }

    @Test
    void require_auditsAnAllowedAccessAsASuccessOnThatRecord() {
        UUID entryId = UUID.randomUUID();

        accessFor(HOLDER, null, Role.PATIENT).require(child, DataScope.CLINICAL, AuditAction.VOID,
                "MedicalHistoryEntry", entryId);

        assertThat(audit.rows).containsExactly(new Row(AuditOutcome.SUCCESS, AuditAction.VOID,
                "MedicalHistoryEntry", entryId, child.publicId(), null));
    }

    @Test
    void require_refusesAndAuditsTheRefusalWithoutNamingThePatient() {
        PatientAccess access = accessFor("acc-other", null, Role.PATIENT);

        assertThatThrownBy(() -> access.require(patient, DataScope.PROFILE, AuditAction.READ, "Patient",
                patient.publicId()))
                .isInstanceOf(AccessRefused.class)
                .message().doesNotContain("Ada").doesNotContain("Lovelace").doesNotContain(HOLDER);
        assertThat(audit.rows).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(row.action()).isEqualTo(AuditAction.READ);
            assertThat(row.patientId()).isEqualTo(patient.publicId());
        });
    }

    @Test
    void require_auditsABreakGlassReadWithTheStatedReason() {
        accessFor("admin-1", REASON, Role.ADMIN).require(patient, DataScope.CLINICAL, AuditAction.READ,
                "MedicalHistoryEntry", null);

        assertThat(audit.rows).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(row.reason()).isEqualTo("break-glass: " + REASON);
        });
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void require_countsOnlyReadSearchAndExportAsReading(AuditAction action) {
        inCare.add(patient.publicId());
        PatientAccess clinician = accessFor(CLINICIAN, null, Role.NURSE);
        boolean reading = EnumSet.of(AuditAction.READ, AuditAction.SEARCH, AuditAction.EXPORT).contains(action);

        if (reading) {
            clinician.require(patient, DataScope.PROFILE, action, "Patient", patient.publicId());
        } else {
            assertThatThrownBy(() -> clinician.require(patient, DataScope.PROFILE, action, "Patient",
                    patient.publicId())).isInstanceOf(AccessRefused.class);
        }
        assertThat(audit.rows).singleElement().extracting(Row::outcome)
                .isEqualTo(reading ? AuditOutcome.SUCCESS : AuditOutcome.REFUSED);
    }

    @Test
    void require_hidesAnErasedRecordFromEveryoneButAdministrators() {
        inCare.add(patient.publicId());
        patient.erase(Instant.parse("2026-11-21T12:00:00Z"));

        for (PatientAccess nonAdmin : new PatientAccess[] {accessFor(HOLDER, null, Role.PATIENT),
                accessFor(CLINICIAN, null, Role.DOCTOR), accessFor("clerk-1", REASON, Role.BILLING_CLERK)}) {
            assertThatThrownBy(() -> nonAdmin.require(patient, DataScope.PROFILE, AuditAction.READ, "Patient",
                    patient.publicId())).isInstanceOf(NotFound.class);
        }
        accessFor("admin-1", null, Role.ADMIN).require(patient, DataScope.PROFILE, AuditAction.READ, "Patient",
                patient.publicId());
        assertThat(audit.rows).extracting(Row::outcome).containsExactly(AuditOutcome.SUCCESS);
    }

    @Test
    void requireManagedByCaller_letsTheAccountHolderActForAFamilyMember() {
        accessFor(HOLDER, null, Role.PATIENT).requireManagedByCaller(child, AuditAction.CREATE, "Consent", null);

        assertThat(audit.rows).extracting(Row::outcome).containsExactly(AuditOutcome.SUCCESS);
    }

    @Test
    void requireManagedByCaller_refusesStaffAndAdministratorsEvenWhenTheyReachTheRecord() {
        inCare.add(patient.publicId());

        for (PatientAccess staff : new PatientAccess[] {accessFor(CLINICIAN, null, Role.DOCTOR),
                accessFor("admin-1", REASON, Role.ADMIN)}) {
            assertThatThrownBy(() -> staff.requireManagedByCaller(patient, AuditAction.CREATE, "Consent", null))
                    .isInstanceOf(AccessRefused.class);
        }
        assertThat(audit.rows).extracting(Row::outcome)
                .containsExactly(AuditOutcome.REFUSED, AuditOutcome.REFUSED);
    }
}
