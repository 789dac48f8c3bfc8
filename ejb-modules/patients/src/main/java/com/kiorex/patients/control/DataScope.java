package com.kiorex.patients.control;

/** Which part of a patient's record a use case touches; the access rules differ. */
public enum DataScope {
    /** Demographics and contact data: account management. */
    PROFILE,
    /** History, consents and everything clinical. */
    CLINICAL
}
