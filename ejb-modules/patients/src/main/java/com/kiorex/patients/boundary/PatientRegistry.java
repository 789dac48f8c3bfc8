package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.messaging.control.EventPublisher;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.Caller;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Registering patients and reading and updating their profiles. */
@Stateless
public class PatientRegistry {

    static final String RESOURCE = "Patient";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    /** A signed-in person registers their own record; the account can hold only one. */
    public PatientView registerSelf(PatientDetails details) {
        if (lookup.ownRecordOf(caller.subject()).isPresent()) {
            throw new Conflict("this account already has a patient record");
        }
        return register(Patient.ownedBy(caller.subject(), details.toDemographics()));
    }

    /** An administrator registers a patient, linked to a Keycloak account when one is given. */
    public PatientView registerForAccount(String accountSubject, PatientDetails details) {
        if (accountSubject != null && lookup.ownRecordOf(accountSubject).isPresent()) {
            throw new Conflict("this account already has a patient record");
        }
        return register(Patient.ownedBy(accountSubject, details.toDemographics()));
    }

    private PatientView register(Patient patient) {
        em.persist(patient);
        em.flush();
        audit.success(AuditAction.CREATE, RESOURCE, patient.publicId(), patient.publicId());
        if (patient.accountSubject() != null) {
            events.publish(PatientEvents.QUEUE, PatientEvents.registered(patient));
        }
        return PatientView.of(patient);
    }

    public PatientView mine() {
        Patient patient = lookup.ownRecordOf(caller.subject()).orElseThrow(() -> new NotFound("own patient record"));
        access.require(patient, DataScope.PROFILE, AuditAction.READ, RESOURCE, patient.publicId());
        return PatientView.of(patient);
    }

    public PatientView profile(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.READ, RESOURCE, patientId);
        return PatientView.of(patient);
    }

    public PatientView update(UUID patientId, long expectedVersion, PatientDetails details) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.UPDATE, RESOURCE, patientId);
        if (patient.status() == PatientStatus.ERASED) {
            throw new Conflict("the patient record is erased");
        }
        if (patient.version() != expectedVersion) {
            throw new Conflict("the record changed since version " + expectedVersion + "; read it again");
        }
        patient.updateDemographics(details.toDemographics());
        em.flush();
        return PatientView.of(patient);
    }
}
