package com.kiorex.kernel.inbox.boundary;

import com.kiorex.kernel.inbox.entity.InboxMessage;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Delivers messages to an account's inbox and lets the account holder read them. */
@Stateless
public class Inbox {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Clock clock;

    /** A message as its reader sees it. */
    public record Message(UUID id, UUID patientId, String kind, String title, String body, Instant createdAt,
                          Instant readAt) {
        static Message of(InboxMessage m) {
            return new Message(m.publicId(), m.patientId(), m.kind(), m.title(), m.body(), m.createdAt(), m.readAt());
        }
    }

    public void deliver(String accountSubject, UUID patientId, String kind, String title, String body) {
        em.persist(new InboxMessage(accountSubject, patientId, kind, title, body, clock.instant()));
    }

    public Page<Message> messagesOf(String accountSubject, PageRequest request) {
        List<InboxMessage> items = em.createQuery("select m from InboxMessage m where m.accountSubject = :s "
                        + "order by m.createdAt desc, m.id desc", InboxMessage.class)
                .setParameter("s", accountSubject)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(m) from InboxMessage m where m.accountSubject = :s", Long.class)
                .setParameter("s", accountSubject).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total).map(Message::of);
    }

    /**
     * For GDPR export and erasure: every message about this patient, in any inbox, and every message
     * in the patient's own account's inbox ({@code ownAccount} null for a family member), oldest first.
     */
    public List<Message> about(UUID patientId, String ownAccount) {
        return em.createQuery("select m from InboxMessage m where m.patientId = :p or m.accountSubject = :a "
                        + "order by m.createdAt, m.id", InboxMessage.class)
                .setParameter("p", patientId).setParameter("a", ownAccount)
                .getResultStream().map(Message::of).toList();
    }

    /** Deletes what {@link #about} finds; returns how many messages went. */
    public int eraseAbout(UUID patientId, String ownAccount) {
        return em.createQuery("delete from InboxMessage m where m.patientId = :p or m.accountSubject = :a")
                .setParameter("p", patientId).setParameter("a", ownAccount).executeUpdate();
    }

    public Message markRead(String accountSubject, UUID messageId) {
        InboxMessage message = em.createQuery("select m from InboxMessage m where m.publicId = :id "
                        + "and m.accountSubject = :s", InboxMessage.class)
                .setParameter("id", messageId).setParameter("s", accountSubject)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("inbox message"));
        message.markRead(clock.instant());
        return Message.of(message);
    }
}
