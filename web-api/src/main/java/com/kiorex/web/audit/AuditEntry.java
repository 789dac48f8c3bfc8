package com.kiorex.web.audit;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.audit.entity.AuditEvent;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import java.time.Instant;
import java.util.UUID;

/** One audit row as administrators see it. */
public record AuditEntry(Instant occurredAt, String userId, String username, String roles, AuditAction action,
                         String resourceType, UUID resourceId, UUID patientId, AuditOutcome outcome,
                         String clientAddress, String requestId, String reason) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.occurredAt(), e.userSubject(), e.username(), e.userRoles(), e.action(),
                e.resourceType(), e.resourceId(), e.patientId(), e.outcome(), e.clientAddress(), e.requestId(),
                e.reason());
    }
}
