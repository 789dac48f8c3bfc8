package com.kiorex.kernel.audit.control;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.audit.entity.AuditEvent;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes audit rows. A successful access is recorded in the caller's transaction, so the audit row
 * and the change commit or roll back together; a refusal is recorded in a transaction of its own,
 * because the refusal itself rolls the caller's transaction back.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void success(AuditAction action, String resourceType, UUID resourceId, UUID patientId) {
        write(action, new AuditEvent.Target(resourceType, resourceId, patientId), AuditOutcome.SUCCESS, null);
    }

    /** A success that needs a stated reason, such as an administrator's break-glass read. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void successWithReason(AuditAction action, String resourceType, UUID resourceId, UUID patientId,
                                  String reason) {
        write(action, new AuditEvent.Target(resourceType, resourceId, patientId), AuditOutcome.SUCCESS, reason);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditAction action, String resourceType, UUID resourceId, UUID patientId, String reason) {
        write(action, new AuditEvent.Target(resourceType, resourceId, patientId), AuditOutcome.REFUSED, reason);
    }

    private void write(AuditAction action, AuditEvent.Target target, AuditOutcome outcome, String reason) {
        AuditEvent.Actor actor = new AuditEvent.Actor(caller.subject(), caller.username(), caller.rolesForAudit(),
                caller.clientAddress(), caller.requestId());
        em.persist(new AuditEvent(clock.instant(), actor, action, target, outcome, reason));
    }
}
