package com.kiorex.patients.entity;

/** An erased patient keeps its id (audit rows point at it) but no identifying data. */
public enum PatientStatus {
    ACTIVE, ERASED
}
