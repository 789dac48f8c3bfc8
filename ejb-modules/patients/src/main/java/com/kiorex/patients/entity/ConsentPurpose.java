package com.kiorex.patients.entity;

/** What the patient agrees to. */
public enum ConsentPurpose {
    TREATMENT, DATA_SHARING, RESEARCH, COMMUNICATION
}
