package com.kiorex.prescriptions.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.contract.PatientDirectory;
import com.kiorex.kernel.contract.PatientDirectory.PatientCard;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.prescriptions.control.PrescriptionAccess;
import com.kiorex.prescriptions.control.PrescriptionLookup;
import com.kiorex.prescriptions.control.PrescriptionNotices;
import com.kiorex.prescriptions.control.PrescriptionPdf;
import com.kiorex.prescriptions.control.PrintedPrescription;
import com.kiorex.prescriptions.entity.Prescription;
import com.kiorex.prescriptions.entity.PrescriptionDocument;
import com.kiorex.prescriptions.entity.PrescriptionItem;
import com.kiorex.prescriptions.entity.Route;
import com.kiorex.prescriptions.entity.VerificationCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A doctor issues and cancels prescriptions (the patient's side is told of both, see
 * {@link PrescriptionNotices}); the patient and their doctors read and print them.
 */
@Stateless
public class Prescriptions {

    @PersistenceContext(unitName = "prescriptions")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PatientDirectory patients;

    @Inject
    PrescriptionAccess access;

    @Inject
    PrescriptionLookup lookup;

    @Inject
    PrescriptionNotices notices;

    @Inject
    @ConfigProperty(name = "kiorex.prescriptions.valid-days", defaultValue = "30")
    int defaultValidDays;

    /** Where the public check is; the code is appended. */
    @Inject
    @ConfigProperty(name = "kiorex.prescriptions.verify-url",
            defaultValue = "http://localhost:8080/kiorex/api/public/prescriptions/verify/")
    String verifyUrl;

    /** Issues the prescription and its PDF; {@code prescriberName} is the doctor's name from their token. */
    public IssuedPrescription issue(PrescriptionDetails details, String prescriberName) {
        PatientCard patient = patients.card(details.patientId()).orElseThrow(() -> new NotFound("patient"));
        access.requireMayPrescribe(details.patientId());
        VerificationCode code = VerificationCode.generate();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int validDays = details.validForDays() == null ? defaultValidDays : details.validForDays();
        Prescription prescription;
        try {
            prescription = new Prescription(details.patientId(), details.consultationId(),
                    new Prescription.Prescriber(caller.subject(), prescriberName),
                    details.items().stream().map(Prescriptions::item).toList(), code, now,
                    today.plusDays(validDays));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        em.persist(prescription);
        em.flush();
        byte[] pdf = PrescriptionPdf.render(new PrintedPrescription(prescription.prescriberName(),
                patient.displayName(), patient.birthDate(), today, prescription.expiresOn(), prescription.items(),
                code.formatted(), verifyUrl + code.formatted()));
        em.persist(new PrescriptionDocument(prescription, pdf));
        access.recordIssued(prescription);
        notices.issued(prescription);
        return new IssuedPrescription(PrescriptionView.of(prescription, today), code.formatted());
    }

    public PrescriptionView read(UUID id) {
        Prescription prescription = lookup.byId(id);
        access.requireMayRead(prescription, AuditAction.READ);
        return PrescriptionView.of(prescription, LocalDate.now(clock));
    }

    /** The PDF as issued (its status may have changed since: the public check tells the current one). */
    public byte[] pdf(UUID id) {
        Prescription prescription = lookup.byId(id);
        access.requireMayRead(prescription, AuditAction.EXPORT);
        PrescriptionDocument document = em.find(PrescriptionDocument.class, prescription.id());
        if (document == null) {
            throw new NotFound("prescription document");
        }
        return document.pdf();
    }

    public Page<PrescriptionView> ofPatient(UUID patientId, PageRequest page) {
        access.requireMayReadPatient(patientId);
        LocalDate today = LocalDate.now(clock);
        List<PrescriptionView> found = em.createQuery("select p from Prescription p where p.patientId = :patient "
                        + "order by p.issuedAt desc, p.id desc", Prescription.class)
                .setParameter("patient", patientId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(p -> PrescriptionView.of(p, today)).toList();
        long total = em.createQuery("select count(p) from Prescription p where p.patientId = :patient", Long.class)
                .setParameter("patient", patientId).getSingleResult();
        return new Page<>(found, page.page(), page.size(), total);
    }

    public PrescriptionView cancel(UUID id, String reason) {
        Prescription prescription = lookup.byId(id);
        access.requireMayCancel(prescription);
        try {
            prescription.cancel(reason, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict("the prescription was dispensed or changed at the same moment; read it again");
        }
        notices.cancelled(prescription);
        return PrescriptionView.of(prescription, LocalDate.now(clock));
    }

    private static PrescriptionItem item(PrescriptionItemDetails d) {
        return new PrescriptionItem(new PrescriptionItem.Medicine(d.medicineName(), d.atcCode(), d.strength()),
                new PrescriptionItem.Dosage(d.dose(), Route.valueOf(d.route()), d.frequency(), d.durationDays()),
                new PrescriptionItem.Supply(d.quantity(), d.quantityUnit()), d.instructions());
    }
}
