package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.BookingEvents;
import com.kiorex.consultations.control.IdempotencyKeys;
import com.kiorex.consultations.entity.Booking;
import com.kiorex.consultations.entity.BookingStatus;
import com.kiorex.kernel.contract.PersonalDataHolder;
import com.kiorex.kernel.security.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The patient's consultations for GDPR export and erasure ({@link ConsultationsSection}).
 *
 * <p>Erasure: a booking still to come is cancelled with the reason "patient record erased" through
 * the booking's own transition, so its slot is bookable again, and the usual {@code booking.cancelled}
 * event goes out (reminders withdrawn, the doctor's calendar and the doctor told; nobody on the
 * patient's side). Free text goes: earlier cancellation reasons, SOAP notes, meeting links, the
 * wording of diagnoses; so do the idempotency keys of the patient's booking requests. ICD-10 codes,
 * times and statuses stay, and with them the care relationship of a consultation that took place.
 */
@Dependent
public class ConsultationsPersonalData implements PersonalDataHolder {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    IdempotencyKeys keys;

    @Inject
    BookingEvents events;

    @Inject
    Caller caller;

    @Override
    public ConsultationsSection export(DataSubject subject) {
        List<Booking> bookings = bookingsOf(subject.patientId());
        return new ConsultationsSection(bookings.stream().map(BookingView::of).toList(),
                bookings.stream().filter(ConsultationsPersonalData::tookPlace).map(RecordView::of).toList(),
                keys.ofPatient(subject.patientId()),
                bookings.stream().filter(Booking::holdsSlot)
                        .map(b -> new ConsultationsSection.DoctorInCare(b.doctor().publicId(), b.doctor().displayName()))
                        .distinct().toList());
    }

    @Override
    public void erase(DataSubject subject, Instant when) {
        for (Booking booking : bookingsOf(subject.patientId())) {
            if (booking.erasePersonalData(caller.subject(), when)) {
                events.cancelledByErasure(booking);
            }
        }
        keys.forgetPatient(subject.patientId());
    }

    @Override
    public String section() {
        return "consultations";
    }

    private static boolean tookPlace(Booking b) {
        return b.status() == BookingStatus.IN_PROGRESS || b.status() == BookingStatus.COMPLETED;
    }

    private List<Booking> bookingsOf(UUID patientId) {
        return em.createQuery("select b from Booking b join fetch b.doctor join fetch b.slot "
                        + "where b.patientId = :p order by b.startsAt", Booking.class)
                .setParameter("p", patientId).getResultList();
    }
}
