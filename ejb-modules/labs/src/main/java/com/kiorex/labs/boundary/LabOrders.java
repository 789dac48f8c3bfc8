package com.kiorex.labs.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import com.kiorex.labs.control.Catalogue;
import com.kiorex.labs.control.LabAccess;
import com.kiorex.labs.control.LabOrderEvents;
import com.kiorex.labs.entity.CollectionMode;
import com.kiorex.labs.entity.CollectionStatus;
import com.kiorex.labs.entity.LabFacility;
import com.kiorex.labs.entity.LabOrder;
import com.kiorex.labs.entity.LabTest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lab orders (bookings): a doctor orders for a patient in their care, a patient books for a record
 * their account manages; lab staff assign a collector and move the collection on. Each change is
 * audited and published as a {@link LabBookingEvent}.
 */
@Stateless
public class LabOrders {

    static final String RESOURCE = "LabOrder";

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    LabAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Catalogue catalogue;

    @Inject
    LabOrderEvents events;

    public OrderView place(OrderDetails details) {
        access.require(details.patientId(), AuditAction.CREATE, RESOURCE, null);
        LabFacility facility = em.createQuery("select f from LabFacility f where f.publicId = :id", LabFacility.class)
                .setParameter("id", details.facilityId()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("no such lab facility"));
        Map<String, LabTest> tests = catalogue.byLoinc(details.tests());
        Set<String> unknown = new HashSet<>(details.tests());
        unknown.removeAll(tests.keySet());
        if (!unknown.isEmpty()) {
            throw new RuleViolation("not in the catalogue: " + String.join(", ", unknown.stream().sorted().toList()));
        }
        LabOrder order;
        try {
            order = new LabOrder(details.patientId(), caller.subject(),
                    caller.hasRole(Role.DOCTOR) ? caller.subject() : null, facility, Set.copyOf(tests.values()),
                    new LabOrder.Collection(CollectionMode.valueOf(details.mode()), details.homeAddress(),
                            details.windowStart(), details.windowEnd()), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        em.persist(order);
        em.flush();
        events.changed(LabBookingEvent.BOOKED, order);
        return OrderView.of(order);
    }

    public OrderView order(UUID orderId) {
        LabOrder order = find(orderId);
        requireReader(order, AuditAction.READ);
        return OrderView.of(order);
    }

    public List<OrderView> ordersOf(UUID patientId) {
        access.require(patientId, AuditAction.READ, RESOURCE, null);
        return em.createQuery("select o from LabOrder o where o.patientId = :p order by o.windowStart desc",
                LabOrder.class).setParameter("p", patientId).getResultStream().map(OrderView::of).toList();
    }

    /** Lab staff: a collector for a home collection. */
    public OrderView assignCollector(UUID orderId, String collectorSubject) {
        LabOrder order = find(orderId);
        audit.success(AuditAction.ASSIGN, RESOURCE, order.publicId(), order.patientId());
        try {
            order.assignCollector(collectorSubject);
        } catch (IllegalStateException | NullPointerException e) {
            throw new RuleViolation(e.getMessage() == null ? "a collector is required" : e.getMessage());
        }
        events.changed(LabBookingEvent.COLLECTOR_ASSIGNED, order);
        return OrderView.of(order);
    }

    /** Lab staff move the collection on; the patient or their doctor may cancel a booking not yet collected. */
    public OrderView moveCollection(UUID orderId, CollectionStatus next) {
        LabOrder order = find(orderId);
        if (caller.hasRole(Role.LAB_TECHNICIAN)) {
            audit.success(AuditAction.UPDATE, RESOURCE, order.publicId(), order.patientId());
        } else if (next == CollectionStatus.CANCELLED) {
            access.require(order.patientId(), AuditAction.UPDATE, RESOURCE, order.publicId());
        } else {
            audit.refused(AuditAction.UPDATE, RESOURCE, order.publicId(), order.patientId(), "only lab staff");
            throw new AccessRefused("only lab staff record the collection");
        }
        try {
            order.moveTo(next);
        } catch (IllegalStateException e) {
            throw new RuleViolation(e.getMessage());
        }
        if (next == CollectionStatus.COLLECTED || next == CollectionStatus.CANCELLED) {
            events.changed(next == CollectionStatus.COLLECTED ? LabBookingEvent.COLLECTED : LabBookingEvent.CANCELLED,
                    order);
        }
        return OrderView.of(order);
    }

    private void requireReader(LabOrder order, AuditAction action) {
        if (caller.hasRole(Role.LAB_TECHNICIAN)) {
            audit.success(action, RESOURCE, order.publicId(), order.patientId());
        } else {
            access.require(order.patientId(), action, RESOURCE, order.publicId());
        }
    }

    private LabOrder find(UUID orderId) {
        return em.createQuery("select o from LabOrder o where o.publicId = :id", LabOrder.class)
                .setParameter("id", orderId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("lab order"));
    }
}
