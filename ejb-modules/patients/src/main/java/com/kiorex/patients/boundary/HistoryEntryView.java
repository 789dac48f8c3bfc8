package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.HistoryCategory;
import com.kiorex.patients.entity.MedicalHistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A history entry as the API shows it; voided entries carry the reason. */
public record HistoryEntryView(UUID id, UUID patientId, HistoryCategory category, String fhirResourceType,
                               String codeSystem, String code, String display, LocalDate onsetDate,
                               LocalDate endDate, String note, String recordedByRole, Instant recordedAt,
                               boolean voided, String voidReason) {

    static HistoryEntryView of(MedicalHistoryEntry e) {
        return new HistoryEntryView(e.publicId(), e.patient().publicId(), e.category(),
                e.category().fhirResourceType(), e.code().system(), e.code().code(), e.code().display(),
                e.period().start(), e.period().end(), e.note(), e.recordedByRole(), e.createdAt(), e.isVoided(),
                e.isVoided() ? e.voiding().reason() : null);
    }
}
