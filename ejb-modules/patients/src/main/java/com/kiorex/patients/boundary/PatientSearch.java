package com.kiorex.patients.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff look a patient up by name and date of birth. Each patient shown in the results gets an
 * audit row: seeing that a person is a patient here is itself a disclosure.
 */
@Stateless
public class PatientSearch {

    @PersistenceContext(unitName = "patients")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Family name prefix (2+ characters), optional given name prefix and birth date. */
    public record Criteria(String familyName, String givenName, LocalDate birthDate) {
    }

    public Page<PatientSummary> search(Criteria criteria, PageRequest request) {
        String family = normalise(criteria.familyName());
        String given = normalise(criteria.givenName());
        if ((family == null || family.length() < 2) && criteria.birthDate() == null) {
            throw new RuleViolation("give at least two letters of the family name, or a date of birth");
        }
        String where = " where p.status = :active"
                + (family == null ? "" : " and lower(p.demographics.familyName) like :family")
                + (given == null ? "" : " and lower(p.demographics.givenName) like :given")
                + (criteria.birthDate() == null ? "" : " and p.demographics.birthDate = :birthDate");
        TypedQuery<Patient> query = em.createQuery("select p from Patient p" + where
                + " order by p.demographics.familyName, p.demographics.givenName, p.id", Patient.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Patient p" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("active", PatientStatus.ACTIVE);
            if (family != null) {
                q.setParameter("family", escape(family) + "%");
            }
            if (given != null) {
                q.setParameter("given", escape(given) + "%");
            }
            if (criteria.birthDate() != null) {
                q.setParameter("birthDate", criteria.birthDate());
            }
        }
        List<Patient> found = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        found.forEach(p -> audit.success(AuditAction.SEARCH, PatientRegistry.RESOURCE, p.publicId(), p.publicId()));
        return new Page<>(found, request.page(), request.size(), count.getSingleResult()).map(PatientSummary::of);
    }

    private static String normalise(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
