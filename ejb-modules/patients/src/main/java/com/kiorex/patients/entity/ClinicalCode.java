package com.kiorex.patients.entity;

import com.kiorex.kernel.coding.CodeShapes;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A coded concept: a code system, a code and its display text. ICD-10 and ATC codes are checked
 * for their shape, so that a typo is refused rather than stored as a code that matches nothing.
 */
@Embeddable
public class ClinicalCode {

    public static final String ICD10 = "ICD-10";
    public static final String ATC = "ATC";
    static final String ERASED = "(erased)";


    @Column(name = "code_system")
    private String system;

    @Column(name = "code")
    private String code;

    @Column(name = "display", nullable = false)
    private String display;

    protected ClinicalCode() {
    }

    public ClinicalCode(String system, String code, String display) {
        if (display == null || display.isBlank()) {
            throw new IllegalArgumentException("a history entry needs a description");
        }
        if ((system == null) != (code == null)) {
            throw new IllegalArgumentException("a code needs its code system, and a code system needs a code");
        }
        this.system = system;
        this.code = normalised(system, code);
        this.display = display.strip();
    }

    /** ICD-10 is stored dotted ({@code E119} becomes {@code E11.9}), ATC upper case; other systems as given. */
    private static String normalised(String system, String code) {
        if (ICD10.equals(system)) {
            return CodeShapes.icd10(code).orElseThrow(() -> new IllegalArgumentException("not an ICD-10 code: " + code));
        }
        if (ATC.equals(system)) {
            return CodeShapes.atc(code).orElseThrow(() -> new IllegalArgumentException("not an ATC code: " + code));
        }
        return code;
    }

    /** The same concept with its description reduced to the code, for erasure. */
    ClinicalCode withoutFreeText() {
        return code == null ? new ClinicalCode(null, null, ERASED) : new ClinicalCode(system, code, system + " " + code);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicalCode other && Objects.equals(system, other.system)
                && Objects.equals(code, other.code) && Objects.equals(display, other.display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, code, display);
    }
}
