package com.kiorex.kernel.audit.entity;

/** What was done to the record. */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, VOID, EXPORT, ERASE, ASSIGN, UNASSIGN
}
