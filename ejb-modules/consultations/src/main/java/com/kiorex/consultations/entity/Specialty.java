package com.kiorex.consultations.entity;

import java.util.List;

/**
 * The coded list of medical specialties a doctor may name (codes after the UEMS specialty
 * sections). A code outside the list is refused, so search on a specialty finds every doctor of it.
 */
public final class Specialty {

    public static final List<String> CODES = List.of("general-practice", "cardiology", "dermatology",
            "endocrinology", "gastroenterology", "gynaecology", "neurology", "oncology", "ophthalmology",
            "orthopaedics", "otorhinolaryngology", "paediatrics", "psychiatry", "pulmonology", "rheumatology",
            "urology", "diagnostic-medicine", "general-surgery");

    private Specialty() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
