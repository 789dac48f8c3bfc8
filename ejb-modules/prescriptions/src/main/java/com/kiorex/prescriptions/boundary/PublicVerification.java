package com.kiorex.prescriptions.boundary;

import com.kiorex.prescriptions.entity.Validity;
import java.time.LocalDate;

/** All that the public check reveals: no patient, no medicines. */
public record PublicVerification(Validity status, LocalDate issuedOn, String prescriberName) {
}
