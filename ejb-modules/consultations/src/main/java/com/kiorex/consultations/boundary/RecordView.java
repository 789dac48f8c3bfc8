package com.kiorex.consultations.boundary;

import com.kiorex.consultations.entity.Booking;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The record of a consultation: notes, diagnoses, when it really ran, and its meeting link. */
public record RecordView(UUID bookingId, UUID patientId, String subjective, String objective, String assessment,
                         String plan, List<RecordDetails.Coded> diagnoses, Instant actualStart, Instant actualEnd,
                         String meetingLink) {

    static RecordView of(Booking b) {
        var note = b.note();
        return new RecordView(b.publicId(), b.patientId(), note == null ? null : note.subjective(),
                note == null ? null : note.objective(), note == null ? null : note.assessment(),
                note == null ? null : note.plan(),
                b.diagnoses().stream().map(d -> new RecordDetails.Coded(d.code(), d.display())).toList(),
                b.actualStart(), b.actualEnd(), b.meetingLink());
    }
}
