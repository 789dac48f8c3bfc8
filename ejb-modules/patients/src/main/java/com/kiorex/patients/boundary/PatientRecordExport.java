package com.kiorex.patients.boundary;

import java.time.Instant;
import java.util.List;

/** Everything Kiorex holds about one patient, as handed over for a GDPR access request. */
public record PatientRecordExport(Instant exportedAt, PatientView patient, List<PatientView> familyMembers,
                                  List<HistoryEntryView> medicalHistory, List<ContactView> emergencyContacts,
                                  List<ConsentView> consents, List<CareTeamView> careTeam) {
}
