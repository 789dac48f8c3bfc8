package com.kiorex.prescriptions.control;

import com.kiorex.prescriptions.entity.PrescriptionItem;
import java.time.LocalDate;
import java.util.List;

/** Everything the paper prescription shows, gathered before rendering. */
public record PrintedPrescription(String prescriberName, String patientName, LocalDate patientBirthDate,
                                  LocalDate issuedOn, LocalDate expiresOn, List<PrescriptionItem> items,
                                  String verificationCode, String verificationUrl) {

    public PrintedPrescription {
        items = List.copyOf(items);
    }
}
