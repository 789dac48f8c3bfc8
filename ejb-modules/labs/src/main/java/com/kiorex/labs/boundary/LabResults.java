package com.kiorex.labs.boundary;

import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.labs.control.LabAccess;
import com.kiorex.labs.entity.LabObservation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** A patient's lab results with their flags, and the trend of one test: for the patient and their doctors. */
@Stateless
public class LabResults {

    static final String RESOURCE = "LabObservation";

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    LabAccess access;

    /** Newest first; {@code loinc} optional. */
    public Page<ResultView> of(UUID patientId, String loinc, PageRequest request) {
        access.require(patientId, AuditAction.READ, RESOURCE, null);
        String filter = loinc == null ? "" : " and o.loinc = :loinc";
        var query = em.createQuery("select o from LabObservation o where o.patientId = :p" + filter
                + " order by o.observedAt desc, o.id desc", LabObservation.class).setParameter("p", patientId);
        var count = em.createQuery("select count(o) from LabObservation o where o.patientId = :p" + filter, Long.class)
                .setParameter("p", patientId);
        if (loinc != null) {
            query.setParameter("loinc", loinc);
            count.setParameter("loinc", loinc);
        }
        List<ResultView> items = query.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultStream().map(ResultView::of).toList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    public ResultView result(UUID patientId, UUID resultId) {
        LabObservation o = em.createQuery("select o from LabObservation o where o.publicId = :id and o.patientId = :p",
                        LabObservation.class).setParameter("id", resultId).setParameter("p", patientId)
                .getResultStream().findFirst().orElse(null);
        access.require(patientId, AuditAction.READ, RESOURCE, resultId);
        if (o == null) {
            throw new NotFound("lab result");
        }
        return ResultView.of(o);
    }

    /** One result by its id alone (FHIR {@code Observation/<id>}), under the same access rule. */
    public ResultView result(UUID resultId) {
        LabObservation o = em.createQuery("select o from LabObservation o where o.publicId = :id", LabObservation.class)
                .setParameter("id", resultId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("lab result"));
        access.require(o.patientId(), AuditAction.READ, RESOURCE, resultId);
        return ResultView.of(o);
    }

    /** The patient a result belongs to, for representations that cite it. */
    public UUID patientOf(UUID resultId) {
        return em.createQuery("select o.patientId from LabObservation o where o.publicId = :id", UUID.class)
                .setParameter("id", resultId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("lab result"));
    }

    public TrendView trend(UUID patientId, String loinc) {
        access.require(patientId, AuditAction.READ, RESOURCE, null);
        List<LabObservation> all = em.createQuery("select o from LabObservation o where o.patientId = :p "
                        + "and o.loinc = :l order by o.observedAt, o.id", LabObservation.class)
                .setParameter("p", patientId).setParameter("l", loinc).getResultList();
        if (all.isEmpty()) {
            throw new NotFound("lab results for " + loinc);
        }
        LabObservation last = all.get(all.size() - 1);
        List<TrendView.Point> points = all.stream().map(o -> new TrendView.Point(o.observedAt(), o.valueNumeric(),
                o.interpretation() == null ? null : o.interpretation().name())).toList();
        return new TrendView(loinc, last.testName(), last.unit(), points, TrendView.direction(points));
    }
}
