package com.kiorex.kernel.security;

import java.util.Set;

/** Realm roles as they arrive in the token's {@code groups} claim. */
public final class Role {

    public static final String PATIENT = "patient";
    public static final String DOCTOR = "doctor";
    public static final String NURSE = "nurse";
    public static final String LAB_TECHNICIAN = "lab-technician";
    public static final String PHARMACIST = "pharmacist";
    public static final String BILLING_CLERK = "billing-clerk";
    public static final String ADMIN = "admin";
    public static final String BATCH_OPERATOR = "batch-operator";

    /** Roles whose holders treat patients and so may be put on a patient's care team. */
    public static final Set<String> CLINICAL = Set.of(DOCTOR, NURSE, LAB_TECHNICIAN, PHARMACIST);

    public static final Set<String> ALL = Set.of(PATIENT, DOCTOR, NURSE, LAB_TECHNICIAN, PHARMACIST,
            BILLING_CLERK, ADMIN, BATCH_OPERATOR);

    private Role() {
    }
}
