package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.IdempotencyKeys;
import java.util.List;
import java.util.UUID;

/**
 * The consultations part of a patient's GDPR export: their bookings (slots, times, status,
 * cancellation reasons, meeting links), the records of the consultations that took place (SOAP
 * notes, ICD-10 diagnoses), the idempotency keys their bookings were made with, and the doctors a
 * live booking puts in a care relationship with them.
 */
public record ConsultationsSection(List<BookingView> bookings, List<RecordView> records,
                                   List<IdempotencyKeys.Stored> bookingRequests,
                                   List<DoctorInCare> careRelationships) {

    /** A doctor who may reach the patient's record because of a live booking with them. */
    public record DoctorInCare(UUID doctorId, String doctorName) {
    }
}
