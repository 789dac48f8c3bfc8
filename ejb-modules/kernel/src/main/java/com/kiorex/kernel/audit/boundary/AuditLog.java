package com.kiorex.kernel.audit.boundary;

import com.kiorex.kernel.audit.entity.AuditEvent;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read access to the audit trail for administrators (the role check is the caller's job). */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /** Filters; any may be null. */
    public record Filter(UUID patientId, String userSubject, AuditOutcome outcome, Instant from, Instant to) {
    }

    public Page<AuditEvent> search(Filter filter, PageRequest request) {
        List<String> where = new ArrayList<>();
        if (filter.patientId() != null) {
            where.add("e.patientId = :patientId");
        }
        if (filter.userSubject() != null) {
            where.add("e.userSubject = :userSubject");
        }
        if (filter.outcome() != null) {
            where.add("e.outcome = :outcome");
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<AuditEvent> query = bind(em.createQuery(
                "select e from AuditEvent e" + clause + " order by e.occurredAt desc, e.id desc", AuditEvent.class), filter);
        TypedQuery<Long> count = bind(em.createQuery("select count(e) from AuditEvent e" + clause, Long.class), filter);
        List<AuditEvent> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        if (filter.patientId() != null) {
            query.setParameter("patientId", filter.patientId());
        }
        if (filter.userSubject() != null) {
            query.setParameter("userSubject", filter.userSubject());
        }
        if (filter.outcome() != null) {
            query.setParameter("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }
}
