package com.kiorex.patients.control;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.audit.entity.AuditOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An audit trail that keeps its rows in memory instead of the database. */
final class RecordingAuditTrail extends AuditTrail {

    record Row(AuditOutcome outcome, AuditAction action, String resourceType, UUID resourceId, UUID patientId,
               String reason) {
    }

    final List<Row> rows = new ArrayList<>();

    @Override
    public void success(AuditAction action, String resourceType, UUID resourceId, UUID patientId) {
        rows.add(new Row(AuditOutcome.SUCCESS, action, resourceType, resourceId, patientId, null));
    }

    @Override
    public void successWithReason(AuditAction action, String resourceType, UUID resourceId, UUID patientId,
                                  String reason) {
        rows.add(new Row(AuditOutcome.SUCCESS, action, resourceType, resourceId, patientId, reason));
    }

    @Override
    public void refused(AuditAction action, String resourceType, UUID resourceId, UUID patientId, String reason) {
        rows.add(new Row(AuditOutcome.REFUSED, action, resourceType, resourceId, patientId, reason));
    }
}
