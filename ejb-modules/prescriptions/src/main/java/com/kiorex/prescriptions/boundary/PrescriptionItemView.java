package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.entity.PrescriptionItem;

/** One item as the API shows it, the route with its EDQM code. */
public record PrescriptionItemView(String medicineName, String atcCode, String strength, String dose, String route,
                       String routeCode, String routeDisplay, String frequency, int durationDays, int quantity,
                       String quantityUnit, String instructions) {

    static PrescriptionItemView of(PrescriptionItem i) {
        return new PrescriptionItemView(i.medicineName(), i.atcCode(), i.strength(), i.dose(), i.route().name(),
                i.route().code(), i.route().display(), i.frequency(), i.durationDays(), i.quantity(),
                i.quantityUnit(), i.instructions());
    }
}
