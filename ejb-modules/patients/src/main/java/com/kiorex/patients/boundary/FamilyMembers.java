package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Family members' records, each a patient of its own, managed from the holder's account. */
@Stateless
public class FamilyMembers {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    public PatientView add(UUID holderId, FamilyMemberDetails details) {
        Patient holder = lookup.byId(holderId);
        access.require(holder, DataScope.PROFILE, AuditAction.UPDATE, PatientRegistry.RESOURCE, holderId);
        if (!holder.ownRecord() || holder.status() != PatientStatus.ACTIVE) {
            throw new RuleViolation("family members are added to the account holder's own record");
        }
        Patient member = holder.addFamilyMember(details.relationship(), details.person().toDemographics());
        em.persist(member);
        em.flush();
        access.require(member, DataScope.PROFILE, AuditAction.CREATE, PatientRegistry.RESOURCE, member.publicId());
        return PatientView.of(member);
    }

    public List<PatientView> of(UUID holderId) {
        Patient holder = lookup.byId(holderId);
        access.require(holder, DataScope.PROFILE, AuditAction.READ, PatientRegistry.RESOURCE, holderId);
        List<Patient> members = em.createQuery("select p from Patient p where p.accountHolder = :h "
                        + "and p.status = com.kiorex.patients.entity.PatientStatus.ACTIVE order by p.id", Patient.class)
                .setParameter("h", holder).getResultList();
        members.forEach(m -> access.require(m, DataScope.PROFILE, AuditAction.READ, PatientRegistry.RESOURCE,
                m.publicId()));
        return members.stream().map(PatientView::of).toList();
    }
}
