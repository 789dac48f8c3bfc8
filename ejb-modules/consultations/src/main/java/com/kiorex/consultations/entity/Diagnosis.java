package com.kiorex.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** A diagnosis made in a consultation, coded in ICD-10 (shape-checked, as the patients context does). */
@Embeddable
public class Diagnosis {

    public static final String ICD10 = "ICD-10";
    private static final Pattern ICD10_SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    @Column(name = "code_system", nullable = false)
    private String system;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "display", nullable = false)
    private String display;

    protected Diagnosis() {
    }

    public Diagnosis(String code, String display) {
        if (code == null || !ICD10_SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ICD-10 code: " + code);
        }
        if (display == null || display.isBlank()) {
            throw new IllegalArgumentException("a diagnosis needs its description");
        }
        this.system = ICD10;
        this.code = code;
        this.display = display.strip();
    }

    /** The same ICD-10 code, described by the code alone: the doctor's wording goes on erasure. */
    Diagnosis withoutFreeText() {
        return new Diagnosis(code, system + " " + code);
    }

    public String system() {
        return system;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }
}
