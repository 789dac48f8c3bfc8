package com.kiorex.kernel.audit.entity;

/** Whether the action took place. */
public enum AuditOutcome {
    SUCCESS, REFUSED
}
