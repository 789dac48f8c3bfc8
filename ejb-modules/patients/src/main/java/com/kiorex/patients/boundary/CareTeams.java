package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.control.PatientParts;
import com.kiorex.patients.entity.CareTeamAssignment;
import com.kiorex.patients.entity.Patient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Explicit care-team assignments, made by administrators; they give clinical staff access to a
 * patient until ended. (Consultations will add care relationships of their own.)
 */
@Stateless
public class CareTeams {

    static final String RESOURCE = "CareTeam";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    PatientParts parts;

    public CareTeamView assign(UUID patientId, CareTeamDetails details) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.ASSIGN, RESOURCE, null);
        boolean active = !em.createQuery("select a.id from CareTeamAssignment a where a.patient = :p "
                        + "and a.staffSubject = :s and a.endedAt is null", Long.class)
                .setParameter("p", patient).setParameter("s", details.staffUserId()).getResultList().isEmpty();
        if (active) {
            throw new Conflict("this staff member is already on the patient's care team");
        }
        CareTeamAssignment assignment = new CareTeamAssignment(patient, details.staffUserId(), details.role(),
                clock.instant());
        em.persist(assignment);
        return CareTeamView.of(assignment);
    }

    public CareTeamView end(UUID patientId, UUID assignmentId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.UNASSIGN, RESOURCE, assignmentId);
        CareTeamAssignment assignment = parts.find(CareTeamAssignment.class, assignmentId, patient, "care-team assignment");
        if (!assignment.isActive()) {
            throw new Conflict("the assignment has already ended");
        }
        assignment.end(clock.instant());
        return CareTeamView.of(assignment);
    }

    public List<CareTeamView> of(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.READ, RESOURCE, null);
        return em.createQuery("select a from CareTeamAssignment a where a.patient = :p order by a.startedAt desc",
                CareTeamAssignment.class).setParameter("p", patient).getResultStream().map(CareTeamView::of).toList();
    }
}
