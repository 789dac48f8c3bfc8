package com.kiorex.prescriptions.entity;

/**
 * Routes of administration with their EDQM Standard Terms codes (the code system FHIR R4 and the
 * European e-prescription specifications use for {@code dosageInstruction.route}).
 */
public enum Route {
    ORAL("20053000", "Oral use"),
    INTRAVENOUS("20045000", "Intravenous use"),
    INTRAMUSCULAR("20035000", "Intramuscular use"),
    SUBCUTANEOUS("20066000", "Subcutaneous use"),
    CUTANEOUS("20003000", "Cutaneous use"),
    INHALATION("20020000", "Inhalation use"),
    NASAL("20049000", "Nasal use"),
    OCULAR("20051000", "Ocular use"),
    RECTAL("20061000", "Rectal use");

    public static final String SYSTEM = "http://standardterms.edqm.eu";

    private final String code;
    private final String display;

    Route(String code, String display) {
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }
}
