package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Voiding;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A condition, allergy, medication or procedure in a patient's history. Voided, never deleted. */
@Entity
@Table(name = "medical_history_entry")
public class MedicalHistoryEntry extends PatientPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private HistoryCategory category;

    @Embedded
    private ClinicalCode code;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by_role", nullable = false)
    private String recordedByRole;

    @Embedded
    private Voiding voiding;

    protected MedicalHistoryEntry() {
    }

    public MedicalHistoryEntry(Patient patient, HistoryCategory category, ClinicalCode code, Period period,
                               String note, String recordedByRole) {
        super(patient);
        if (period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
            throw new IllegalArgumentException("end date is before onset date");
        }
        this.category = Objects.requireNonNull(category);
        this.code = Objects.requireNonNull(code);
        this.onsetDate = period.start();
        this.endDate = period.end();
        this.note = note;
        this.recordedByRole = Objects.requireNonNull(recordedByRole);
    }

    /** When the condition began and ended (either may be unknown). */
    public record Period(LocalDate start, LocalDate end) {
    }

    public void voidEntry(String reason, String by, Instant when) {
        if (isVoided()) {
            throw new IllegalStateException("entry is already voided");
        }
        this.voiding = new Voiding(when, by, reason);
    }

    /**
     * Part of erasure: free text may identify the person, codes do not. The note goes, and the
     * description is replaced by the code itself (or a placeholder when the entry was never coded).
     */
    public void eraseFreeText() {
        this.note = null;
        this.code = code.withoutFreeText();
    }

    public boolean isVoided() {
        return voiding != null;
    }

    public HistoryCategory category() {
        return category;
    }

    public ClinicalCode code() {
        return code;
    }

    public Period period() {
        return new Period(onsetDate, endDate);
    }

    public String note() {
        return note;
    }

    public String recordedByRole() {
        return recordedByRole;
    }

    public Voiding voiding() {
        return voiding;
    }
}
