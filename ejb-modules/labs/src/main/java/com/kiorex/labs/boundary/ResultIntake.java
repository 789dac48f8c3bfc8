package com.kiorex.labs.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.labs.control.Catalogue;
import com.kiorex.labs.control.CriticalValueAlerts;
import com.kiorex.labs.control.Interpreter;
import com.kiorex.labs.control.Matching;
import com.kiorex.labs.control.ObservationStore;
import com.kiorex.labs.entity.LabOrder;
import com.kiorex.labs.entity.LabTest;
import com.kiorex.labs.entity.Sex;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Files a chunk of incoming results, in the caller's (the import chunk's) transaction: each item is
 * matched to its patient and order by the identifiers in the file, interpreted, and stored; what
 * cannot be matched or trusted goes to the review queue, so nothing is dropped. Storing is idempotent on
 * (file sha256, item index). Each new critical value alerts the ordering doctor at once.
 */
@Stateless
@ActivateRequestContext
public class ResultIntake {

    static final String IMPORTER = "system:lab-result-import";
    static final String RESOURCE = "LabObservation";

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    ObservationStore store;

    @Inject
    CriticalValueAlerts alerts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a chunk came to: observations newly stored, review items newly queued, the last reason to review. */
    public record Filed(int stored, int queuedForReview, String problem) {
    }

    public Filed file(List<IncomingObservation> items, SourceDocument source) {
        return file(items, source, false);
    }

    /** With {@code resolving}, items that fail matching are not queued again (staff are resolving them). */
    public Filed file(List<IncomingObservation> items, SourceDocument source, boolean resolving) {
        store.restoreSearchPath();
        Instant now = clock.instant();
        Map<UUID, Optional<LabOrder>> orders = new HashMap<>();
        Map<Long, Set<String>> orderedTests = new HashMap<>();
        Map<String, LabTest> tests = catalogue.byLoinc(items.stream().map(IncomingObservation::loinc).toList());
        List<ObservationStore.Row> rows = new ArrayList<>();
        String problem = null;
        List<ObservationStore.Review> reviews = new ArrayList<>();
        Map<Integer, LabOrder> matched = new HashMap<>();
        for (IncomingObservation item : items) {
            Matching.Outcome outcome = Matching.match(item, ref -> orders.computeIfAbsent(ref, this::order),
                    order -> orderedTests.computeIfAbsent(order.id(), id -> catalogue.expanded(order.tests())),
                    tests.get(item.loinc()));
            if (outcome.problem() != null) {
                problem = outcome.problem();
                if (!resolving) {
                    reviews.add(review(item, source, outcome.problem()));
                }
                continue;
            }
            LabOrder order = outcome.order();
            matched.put(item.itemIndex(), order);
            Instant observed = item.observedAt() != null ? item.observedAt() : now;
            LabTest test = tests.get(item.loinc());
            Interpreter.Result r = Interpreter.interpret(item.valueText(), item.rangeText(), item.reportedFlag(), test,
                    Sex.ofCode(item.sex()), Interpreter.ageOn(item.birthDate(), observed.atOffset(ZoneOffset.UTC).toLocalDate()));
            rows.add(new ObservationStore.Row(UUID.randomUUID(), order.patientId(), order.id(), item.loinc(),
                    test != null ? test.name() : Optional.ofNullable(item.testName()).orElse(item.loinc()), r.value(),
                    item.valueText().strip(), item.unit(), r.limits().low(), r.limits().high(), r.rangeSource(),
                    r.interpretation(), item.reportedFlag(), observed, source.fileId(), source.sha256(),
                    item.itemIndex()));
        }
        Set<Integer> stored = store.insert(rows, IMPORTER, now);
        Set<Integer> queued = store.insertReviews(reviews, IMPORTER, now);
        List<ObservationStore.Row> fresh = rows.stream().filter(r -> stored.contains(r.itemIndex())).toList();
        fresh.stream().map(ObservationStore.Row::patientId).collect(Collectors.toCollection(LinkedHashSet::new))
                .forEach(patient -> audit.success(AuditAction.CREATE, RESOURCE, null, patient));
        fresh.stream().filter(r -> r.interpretation() != null && r.interpretation().critical())
                .forEach(r -> alerts.raise(r, matched.get(r.itemIndex())));
        return new Filed(stored.size(), queued.size(), problem);
    }

    private Optional<LabOrder> order(UUID publicId) {
        return em.createQuery("select o from LabOrder o where o.publicId = :id", LabOrder.class)
                .setParameter("id", publicId).getResultStream().findFirst();
    }

    private static ObservationStore.Review review(IncomingObservation item, SourceDocument source, String reason) {
        return new ObservationStore.Review(UUID.randomUUID(), source.fileId(), source.sha256(), item.itemIndex(), reason,
                item.patientRef(), item.orderRef(), item.loinc(), item.valueText(), item.unit());
    }
}
