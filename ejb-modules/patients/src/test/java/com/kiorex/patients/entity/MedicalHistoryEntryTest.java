package com.kiorex.patients.entity;

import static com.kiorex.patients.entity.PatientFixtures.ownRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalHistoryEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T11:00:00Z");
    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);
    private static final ClinicalCode ASTHMA = new ClinicalCode(ClinicalCode.ICD10, "J45.9", "Asthma");

    private static MedicalHistoryEntry entry(ClinicalCode code, String note) {
        return new MedicalHistoryEntry(ownRecord("acc-1"), HistoryCategory.CONDITION, code,
                new MedicalHistoryEntry.Period(JAN, null), note, "doctor");
    }

    @Test
    void new_refusesAnEndBeforeTheOnset() {
        var backwards = new MedicalHistoryEntry.Period(JAN, JAN.minusDays(1));

        assertThatIllegalArgumentException().isThrownBy(() -> new MedicalHistoryEntry(ownRecord("acc-1"),
                HistoryCategory.CONDITION, ASTHMA, backwards, null, "doctor"));
    }

    @Test
    void new_acceptsSameDayOpenEndedAndUnknownPeriods() {
        for (var period : new MedicalHistoryEntry.Period[] {new MedicalHistoryEntry.Period(JAN, JAN),
                new MedicalHistoryEntry.Period(JAN, null), new MedicalHistoryEntry.Period(null, JAN),
                new MedicalHistoryEntry.Period(null, null)}) {
            var entry = new MedicalHistoryEntry(ownRecord("acc-1"), HistoryCategory.ALLERGY, ASTHMA, period,
                    null, "nurse");
            assertThat(entry.period()).isEqualTo(period);
        }
    }

    @Test
    void new_requiresPatientCategoryCodeAndRecorder() {
        var period = new MedicalHistoryEntry.Period(null, null);
        Patient p = ownRecord("acc-1");
        assertThatNullPointerException().isThrownBy(() ->
                new MedicalHistoryEntry(null, HistoryCategory.CONDITION, ASTHMA, period, null, "doctor"));
        assertThatNullPointerException().isThrownBy(() ->
                new MedicalHistoryEntry(p, null, ASTHMA, period, null, "doctor"));
        assertThatNullPointerException().isThrownBy(() ->
                new MedicalHistoryEntry(p, HistoryCategory.CONDITION, null, period, null, "doctor"));
        assertThatNullPointerException().isThrownBy(() ->
                new MedicalHistoryEntry(p, HistoryCategory.CONDITION, ASTHMA, period, null, null));
    }

    @Test
    void new_startsUnvoided() {
        assertThat(entry(ASTHMA, null).isVoided()).isFalse();
        assertThat(entry(ASTHMA, null).voiding()).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void voidEntry_needsAReasonAndLeavesTheEntryValidWithoutOne(String reason) {
        MedicalHistoryEntry entry = entry(ASTHMA, null);

        assertThatIllegalArgumentException().isThrownBy(() -> entry.voidEntry(reason, "dr-1", NOW));
        assertThat(entry.isVoided()).isFalse();
    }

    @Test
    void voidEntry_recordsWhyWhoAndWhen() {
        MedicalHistoryEntry entry = entry(ASTHMA, null);

        entry.voidEntry("recorded on the wrong patient", "dr-1", NOW);

        assertThat(entry.isVoided()).isTrue();
        assertThat(entry.voiding().reason()).isEqualTo("recorded on the wrong patient");
        assertThat(entry.voiding().voidedBy()).isEqualTo("dr-1");
        assertThat(entry.voiding().voidedAt()).isEqualTo(NOW);
    }

    @Test
    void voidEntry_twiceIsRefusedAndKeepsTheFirstVoiding() {
        MedicalHistoryEntry entry = entry(ASTHMA, null);
        entry.voidEntry("duplicate entry", "dr-1", NOW);

        assertThatIllegalStateException().isThrownBy(() -> entry.voidEntry("typo", "dr-2", NOW.plusSeconds(5)));
        assertThat(entry.voiding().voidedBy()).isEqualTo("dr-1");
        assertThat(entry.voiding().reason()).isEqualTo("duplicate entry");
    }

    @Test
    void eraseFreeText_removesTheNoteAndTheTypedDescription_butKeepsTheCode() {
        MedicalHistoryEntry entry = entry(ASTHMA, "told us her sister Jane also has it");

        entry.eraseFreeText();

        assertThat(entry.note()).isNull();
        assertThat(entry.code().system()).isEqualTo(ASTHMA.system());
        assertThat(entry.code().code()).isEqualTo(ASTHMA.code());
        assertThat(entry.code().display()).isEqualTo(ASTHMA.system() + " " + ASTHMA.code());
        assertThat(entry.period().start()).isEqualTo(JAN);
    }

    /** An uncoded entry's description is free text too, and must not survive erasure. */
    @Test
    void eraseFreeText_removesTheDescriptionOfAnUncodedEntry() {
        MedicalHistoryEntry entry = entry(new ClinicalCode(null, null, "fell from the horse at the Smith farm"), null);

        entry.eraseFreeText();

        assertThat(entry.code().display()).doesNotContain("Smith");
    }
}
