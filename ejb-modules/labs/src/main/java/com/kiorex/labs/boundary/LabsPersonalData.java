package com.kiorex.labs.boundary;

import com.kiorex.kernel.contract.PersonalDataHolder;
import com.kiorex.kernel.security.Caller;
import com.kiorex.labs.control.LabOrderEvents;
import com.kiorex.labs.entity.LabObservation;
import com.kiorex.labs.entity.LabOrder;
import com.kiorex.labs.entity.ReviewItem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The patient's lab data for GDPR export and erasure ({@link LabsSection}).
 *
 * <p>Erasure: an order not yet collected is cancelled (published with nobody to tell), and every
 * order loses its home-collection address. Review items whose patient identifier names the patient
 * lose the raw value text and any dismissal reason; open ones are dismissed ("patient record
 * erased"), since nothing may be filed against an erased record. Results stay as they are (LOINC
 * code, value, unit, range, flag, time): coded clinical facts that retention law keeps. Received
 * result files stay too: they are the laboratory's source documents and usually hold many patients.
 */
@Dependent
public class LabsPersonalData implements PersonalDataHolder {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    LabOrderEvents events;

    @Inject
    Caller caller;

    @Override
    public LabsSection export(DataSubject subject) {
        UUID patientId = subject.patientId();
        return new LabsSection(ordersOf(patientId).stream().map(OrderView::of).toList(),
                em.createQuery("select o from LabObservation o where o.patientId = :p order by o.observedAt, o.id",
                        LabObservation.class).setParameter("p", patientId).getResultStream().map(ResultView::of).toList(),
                reviewsNaming(patientId).stream().map(ReviewView::of).toList());
    }

    @Override
    public void erase(DataSubject subject, Instant when) {
        for (LabOrder order : ordersOf(subject.patientId())) {
            if (order.erasePersonalData(when)) {
                events.cancelledByErasure(order);
            }
        }
        reviewsNaming(subject.patientId()).forEach(r -> r.erasePersonalData(caller.subject(), when));
    }

    @Override
    public String section() {
        return "labs";
    }

    private List<LabOrder> ordersOf(UUID patientId) {
        return em.createQuery("select o from LabOrder o where o.patientId = :p order by o.windowStart, o.id",
                LabOrder.class).setParameter("p", patientId).getResultList();
    }

    /** Items whose patient identifier, as the file gave it, is this patient's id. */
    private List<ReviewItem> reviewsNaming(UUID patientId) {
        return em.createQuery("select r from ReviewItem r where lower(trim(r.patientRef)) = :ref order by r.id",
                ReviewItem.class).setParameter("ref", patientId.toString()).getResultList();
    }
}
