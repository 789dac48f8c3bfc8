package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.DoctorLookup;
import com.kiorex.consultations.control.Rules;
import com.kiorex.consultations.entity.Doctor;
import com.kiorex.consultations.entity.Facility;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.util.UUID;

/** Doctor profiles: administrators register and maintain them; everyone signed in may read them. */
@Stateless
public class DoctorDirectory {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    DoctorLookup lookup;

    @Inject
    Caller caller;

    public DoctorView register(DoctorDetails details) {
        if (lookup.byAccount(details.accountUserId()).isPresent()) {
            throw new Conflict("this staff account already has a doctor profile");
        }
        Doctor doctor = Rules.enforce(() -> new Doctor(details.accountUserId(), profile(details)));
        em.persist(doctor);
        em.flush();
        return DoctorView.of(doctor);
    }

    public DoctorView update(UUID id, DoctorDetails details) {
        Doctor doctor = lookup.byId(id);
        if (!doctor.isAccount(details.accountUserId())) {
            throw new RuleViolation("a profile stays linked to its staff account");
        }
        Rules.enforce(() -> doctor.update(profile(details)));
        return DoctorView.of(doctor);
    }

    public DoctorView profile(UUID id) {
        return DoctorView.of(lookup.byId(id));
    }

    /** The calling doctor's own profile. */
    public DoctorView mine() {
        return DoctorView.of(lookup.byAccount(caller.subject()).orElseThrow(() -> new NotFound("doctor profile")));
    }

    private static Doctor.Profile profile(DoctorDetails d) {
        Facility facility;
        try {
            facility = new Facility(d.facility().name(), d.facility().latitude(), d.facility().longitude(),
                    d.facility().zone());
        } catch (DateTimeException e) {
            throw new RuleViolation("facility zone is not an IANA time zone");
        }
        return new Doctor.Profile(d.name(), d.email(), d.specialties(), d.languages(), d.fee(), d.currency(),
                facility, d.slotMinutes(), d.verified(), d.rating());
    }
}
