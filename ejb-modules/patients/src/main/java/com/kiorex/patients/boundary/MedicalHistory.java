package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.control.PatientParts;
import com.kiorex.patients.entity.ClinicalCode;
import com.kiorex.patients.entity.MedicalHistoryEntry;
import com.kiorex.patients.entity.Patient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Conditions, allergies, medications and procedures: recorded, listed, voided with a reason. */
@Stateless
public class MedicalHistory {

    static final String RESOURCE = "MedicalHistoryEntry";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    PatientParts parts;

    public HistoryEntryView record(UUID patientId, HistoryEntryDetails details) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.CLINICAL, AuditAction.CREATE, RESOURCE, null);
        MedicalHistoryEntry entry;
        try {
            entry = new MedicalHistoryEntry(patient, details.category(),
                    new ClinicalCode(details.codeSystem(), details.code(), details.display()),
                    new MedicalHistoryEntry.Period(details.onsetDate(), details.endDate()), details.note(),
                    recorderRole());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        em.persist(entry);
        em.flush();
        return HistoryEntryView.of(entry);
    }

    public List<HistoryEntryView> of(UUID patientId, boolean includeVoided) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.CLINICAL, AuditAction.READ, RESOURCE, null);
        return em.createQuery("select e from MedicalHistoryEntry e where e.patient = :p"
                        + (includeVoided ? "" : " and e.voiding.voidedAt is null")
                        + " order by e.category, e.onsetDate desc nulls last, e.id", MedicalHistoryEntry.class)
                .setParameter("p", patient).getResultStream().map(HistoryEntryView::of).toList();
    }

    public HistoryEntryView voidEntry(UUID patientId, UUID entryId, String reason) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.CLINICAL, AuditAction.VOID, RESOURCE, entryId);
        MedicalHistoryEntry entry = parts.find(MedicalHistoryEntry.class, entryId, patient, "history entry");
        if (entry.isVoided()) {
            throw new RuleViolation("the entry is already voided");
        }
        entry.voidEntry(reason, caller.subject(), clock.instant());
        return HistoryEntryView.of(entry);
    }

    private String recorderRole() {
        return Role.CLINICAL.stream().filter(caller::hasRole).findFirst()
                .orElse(caller.hasRole(Role.PATIENT) ? Role.PATIENT : "unknown");
    }
}
