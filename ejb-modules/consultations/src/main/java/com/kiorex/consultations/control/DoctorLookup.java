package com.kiorex.consultations.control;

import com.kiorex.consultations.entity.Doctor;
import com.kiorex.consultations.entity.Slot;
import com.kiorex.kernel.problem.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Finds doctors by public id or staff account, and slots by public id. */
@Dependent
public class DoctorLookup {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    public Doctor byId(UUID publicId) {
        return em.createQuery("select d from Doctor d where d.publicId = :id", Doctor.class)
                .setParameter("id", publicId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("doctor"));
    }

    public Optional<Doctor> byAccount(String subject) {
        return em.createQuery("select d from Doctor d where d.accountSubject = :s", Doctor.class)
                .setParameter("s", subject)
                .getResultStream().findFirst();
    }

    public Slot slot(UUID publicId) {
        return em.createQuery("select s from Slot s join fetch s.doctor where s.publicId = :id", Slot.class)
                .setParameter("id", publicId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("slot"));
    }
}
