package com.kiorex.patients.entity;

/** Administrative gender, as FHIR R4 {@code AdministrativeGender}. */
public enum Gender {
    MALE, FEMALE, OTHER, UNKNOWN
}
