package com.kiorex.consultations.control;

import com.kiorex.consultations.entity.Actor;
import com.kiorex.consultations.entity.Booking;
import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.Caller;
import com.kiorex.kernel.security.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The object-level rule for bookings, applied with its audit row (a booking is patient data):
 * the account that manages the patient's record acts as the patient, the booking's own doctor as the
 * doctor, an administrator as the front desk. Another patient or another doctor is refused, and the
 * refusal is audited in a transaction of its own.
 */
@Dependent
public class BookingAccess {

    public static final String RESOURCE = "Booking";

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<PatientDirectory> patients;

    /** The caller's side on this booking, if it is one of {@code allowed}; audited either way. */
    public Actor require(Booking booking, AuditAction action, Set<Actor> allowed) {
        Optional<Actor> actor = actorOn(booking).filter(allowed::contains);
        if (actor.isEmpty()) {
            audit.refused(action, RESOURCE, booking.publicId(), booking.patientId(), "not this booking's patient or doctor");
            throw new AccessRefused("you may not do this with this booking");
        }
        audit.success(action, RESOURCE, booking.publicId(), booking.patientId());
        return actor.get();
    }

    Optional<Actor> actorOn(Booking booking) {
        if (caller.hasRole(Role.PATIENT) && booking.patientAccount().equals(caller.subject())) {
            return Optional.of(Actor.PATIENT);
        }
        if (caller.hasRole(Role.DOCTOR) && booking.doctor().isAccount(caller.subject())) {
            return Optional.of(Actor.DOCTOR);
        }
        if (caller.hasRole(Role.ADMIN)) {
            return Optional.of(Actor.FRONT_DESK);
        }
        return Optional.empty();
    }

    /**
     * Who may book for this patient: the account that manages the record (own or a family member's),
     * or the front desk for anyone. Returns the managing account, which the booking keeps.
     */
    public String requireMayBookFor(UUID patientId) {
        String account = managingAccount(patientId).orElseThrow(() -> new NotFound("patient"));
        boolean own = caller.hasRole(Role.PATIENT) && account.equals(caller.subject());
        if (!own && !caller.hasRole(Role.ADMIN)) {
            audit.refused(AuditAction.CREATE, RESOURCE, null, patientId, "not the patient's account");
            throw new AccessRefused("you may only book for yourself or your family members");
        }
        return account;
    }

    private Optional<String> managingAccount(UUID patientId) {
        for (PatientDirectory directory : patients) {
            Optional<String> account = directory.managingAccount(patientId);
            if (account.isPresent()) {
                return account;
            }
        }
        return Optional.empty();
    }
}
