package com.kiorex.labs.boundary;

import com.kiorex.kernel.contract.NotificationContent;
import com.kiorex.labs.control.CriticalValueAlerts;
import com.kiorex.labs.entity.LabObservation;
import com.kiorex.labs.entity.LabOrder;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Template variables for notifications about a lab observation ({@code lab-observation:<id>}). Only the
 * ordering doctor gets them (test, value, unit, flag, time, order and patient ids); anyone else gets
 * nothing, and the notification is withdrawn.
 */
@Stateless
public class LabObservationContent implements NotificationContent {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Override
    public String refType() {
        return CriticalValueAlerts.REF_TYPE;
    }

    @Override
    public Optional<Map<String, String>> variables(String refId, String recipientSubject, String language) {
        UUID id;
        try {
            id = UUID.fromString(refId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return em.createQuery("select o from LabObservation o where o.publicId = :id", LabObservation.class)
                .setParameter("id", id).getResultStream().findFirst()
                .flatMap(o -> {
                    LabOrder order = em.find(LabOrder.class, o.orderId());
                    if (order == null || recipientSubject == null
                            || !recipientSubject.equals(order.orderingDoctorSubject())) {
                        return Optional.empty();
                    }
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("testName", o.testName());
                    v.put("loinc", o.loinc());
                    v.put("value", o.valueText());
                    v.put("unit", o.unit() == null ? "" : o.unit());
                    v.put("flag", o.interpretation() == null ? "" : o.interpretation().name());
                    v.put("observedAt", o.observedAt().toString());
                    v.put("orderId", order.publicId().toString());
                    v.put("patientId", o.patientId().toString());
                    return Optional.of(v);
                });
    }
}
