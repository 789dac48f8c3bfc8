package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.patients.control.DataScope;
import com.kiorex.patients.control.PatientAccess;
import com.kiorex.patients.control.PatientLookup;
import com.kiorex.patients.control.PatientParts;
import com.kiorex.patients.entity.EmergencyContact;
import com.kiorex.patients.entity.Patient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Who to call in an emergency: part of the profile, managed like it. */
@Stateless
public class EmergencyContacts {

    static final String RESOURCE = "EmergencyContact";

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    PatientLookup lookup;

    @Inject
    PatientAccess access;

    @Inject
    PatientParts parts;

    public ContactView add(UUID patientId, ContactDetails details) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.CREATE, RESOURCE, null);
        EmergencyContact contact = new EmergencyContact(patient, details.name(), details.relationship(),
                details.phone(), details.email());
        em.persist(contact);
        return ContactView.of(contact);
    }

    public List<ContactView> of(UUID patientId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.READ, RESOURCE, null);
        return em.createQuery("select c from EmergencyContact c where c.patient = :p order by c.id",
                EmergencyContact.class).setParameter("p", patient).getResultStream().map(ContactView::of).toList();
    }

    public void remove(UUID patientId, UUID contactId) {
        Patient patient = lookup.byId(patientId);
        access.require(patient, DataScope.PROFILE, AuditAction.UPDATE, RESOURCE, contactId);
        EmergencyContact contact = parts.find(EmergencyContact.class, contactId, patient, "emergency contact");
        em.remove(contact);
    }
}
