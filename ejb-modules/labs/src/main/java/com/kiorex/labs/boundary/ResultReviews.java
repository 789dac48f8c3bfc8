package com.kiorex.labs.boundary;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.labs.entity.ReviewItem;
import com.kiorex.labs.entity.ResultFile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The review queue for lab staff: items the import could not file. Filing one names the order it
 * belongs to and runs it through the same intake (matching, flagging, alerts); dismissing needs a reason.
 */
@Stateless
public class ResultReviews {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ResultIntake intake;

    public Page<ReviewView> open(PageRequest request) {
        List<ReviewView> items = em.createQuery("select r from ReviewItem r where r.status = :s order by r.id",
                        ReviewItem.class).setParameter("s", ReviewItem.Status.OPEN)
                .setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultStream().map(ReviewView::of).toList();
        long total = em.createQuery("select count(r) from ReviewItem r where r.status = :s", Long.class)
                .setParameter("s", ReviewItem.Status.OPEN).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Files the item against this patient and order; it must then pass matching like any imported item. */
    public ReviewView file(UUID reviewId, UUID patientId, UUID orderId) {
        ReviewItem item = find(reviewId);
        requireOpen(item);
        ResultFile file = em.find(ResultFile.class, item.sourceFileId());
        IncomingObservation corrected = new IncomingObservation(item.itemIndex(), patientId.toString(),
                orderId.toString(), item.loinc(), null, item.valueText(), item.unit(), null, null, null, null, null,
                false);
        ResultIntake.Filed filed = intake.file(List.of(corrected), new SourceDocument(file.id(), file.sha256()),
                true);
        if (filed.stored() != 1) {
            throw new RuleViolation("the item does not match that order: " + filed.problem());
        }
        Long observation = em.createQuery("select o.id from LabObservation o where o.sourceSha256 = :s "
                        + "and o.itemIndex = :i", Long.class).setParameter("s", item.sourceSha256())
                .setParameter("i", item.itemIndex()).getSingleResult();
        item.file(observation, caller.subject(), clock.instant());
        return ReviewView.of(item);
    }

    public ReviewView dismiss(UUID reviewId, String reason) {
        ReviewItem item = find(reviewId);
        requireOpen(item);
        try {
            item.dismiss(reason, caller.subject(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        return ReviewView.of(item);
    }

    private static void requireOpen(ReviewItem item) {
        if (item.status() != ReviewItem.Status.OPEN) {
            throw new RuleViolation("the review item is already resolved");
        }
    }

    private ReviewItem find(UUID id) {
        return em.createQuery("select r from ReviewItem r where r.publicId = :id", ReviewItem.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFound("review item"));
    }
}
