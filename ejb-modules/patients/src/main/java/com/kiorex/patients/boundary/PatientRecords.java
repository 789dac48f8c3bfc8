package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.PersonalDataHolder;
import com.kiorex.kernel.contract.PersonalDataHolder.DataSubject;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.entity.EmergencyContact;
import com.kiorex.patients.entity.MedicalHistoryEntry;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GDPR: a patient's whole record in one document, and erasure. Erasure anonymises rather than
 * deletes: identifying data and free text go, coded clinical facts and the audit trail stay.
 * What the other contexts hold about the patient comes from every {@link PersonalDataHolder}, one
 * section each, after the one access check and audit row here; an erasure runs them all in this
 * transaction, so it happens everywhere or nowhere.
 */
@Stateless
public class PatientRecords {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    FamilyMembers familyMembers;

    @Inject
    MedicalHistory history;

    @Inject
    EmergencyContacts contacts;

    @Inject
    Consents consents;

    @Inject
    CareTeams careTeams;

    @Inject
    Instance<PersonalDataHolder> holders;

    public PatientRecordExport export(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.CLINICAL, AuditAction.EXPORT, PatientRegistry.RESOURCE, patientId);
        return new PatientRecordExport(clock.instant(), PatientView.of(patient),
                patient.ownRecord() ? familyMembers.of(patientId) : List.of(),
                history.of(patientId, true), contacts.of(patientId), consents.of(patientId),
                careTeams.of(patientId), sections(subjectOf(patient)));
    }

    public PatientView erase(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.ERASE, PatientRegistry.RESOURCE, patientId);
        if (patient.status() == PatientStatus.ERASED) {
            throw new Conflict("the patient record is already erased");
        }
        Instant now = clock.instant();
        DataSubject subject = subjectOf(patient);
        holders().forEach(holder -> holder.erase(subject, now));
        em.createQuery("select e from MedicalHistoryEntry e where e.patient = :p", MedicalHistoryEntry.class)
                .setParameter("p", patient).getResultStream().forEach(MedicalHistoryEntry::eraseFreeText);
        em.createQuery("select c from EmergencyContact c where c.patient = :p", EmergencyContact.class)
                .setParameter("p", patient).getResultStream().forEach(em::remove);
        patient.erase(now);
        return PatientView.of(patient);
    }

    /** Taken before the record is erased: erasure clears the account it names. */
    private static DataSubject subjectOf(Patient patient) {
        return new DataSubject(patient.publicId(), patient.ownRecord() ? patient.accountSubject() : null);
    }

    private Map<String, Record> sections(DataSubject subject) {
        Map<String, Record> sections = new LinkedHashMap<>();
        holders().forEach(holder -> sections.put(holder.section(), holder.export(subject)));
        return sections;
    }

    private List<PersonalDataHolder> holders() {
        return holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
    }
}
