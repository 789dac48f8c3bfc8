package com.kiorex.patients.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Kiorex holds about one patient, as handed over for a GDPR access request: the patients
 * context's own parts, and {@code sections} with what each other context holds (by section name,
 * in name order, e.g. {@code consultations}, {@code labs}, {@code notifications}, {@code prescriptions}).
 */
public record PatientRecordExport(Instant exportedAt, PatientView patient, List<PatientView> familyMembers,
                                  List<HistoryEntryView> medicalHistory, List<ContactView> emergencyContacts,
                                  List<ConsentView> consents, List<CareTeamView> careTeam,
                                  Map<String, Record> sections) {
}
