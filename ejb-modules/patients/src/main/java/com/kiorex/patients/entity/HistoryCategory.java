package com.kiorex.patients.entity;

/** What kind of history entry; each maps to a FHIR R4 resource type. */
public enum HistoryCategory {
    CONDITION("Condition"),
    ALLERGY("AllergyIntolerance"),
    MEDICATION("MedicationStatement"),
    PROCEDURE("Procedure");

    private final String fhirResourceType;

    HistoryCategory(String fhirResourceType) {
        this.fhirResourceType = fhirResourceType;
    }

    public String fhirResourceType() {
        return fhirResourceType;
    }
}
