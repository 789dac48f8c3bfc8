package com.kiorex.notifications.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.security.Caller;
import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.Notification;
import com.kiorex.notifications.entity.NotificationPreferences;
import com.kiorex.notifications.entity.QuietHours;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signed-in person's own notifications and preferences. The subject is always the caller's:
 * nobody reads or sets another person's through this boundary. Reads and writes are audited.
 */
@Stateless
public class MyNotifications {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<NotificationView> list(PageRequest request) {
        String me = caller.subject();
        List<Notification> items = em.createQuery("select n from Notification n where n.recipientSubject = :s "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("s", me).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.recipientSubject = :s", Long.class)
                .setParameter("s", me).getSingleResult();
        Map<Long, List<DeliveryView>> deliveries = items.isEmpty() ? Map.of()
                : em.createQuery("select d from Delivery d where d.notification in :n order by d.channel", Delivery.class)
                .setParameter("n", items).getResultStream()
                .collect(Collectors.groupingBy(d -> d.notification().id(), LinkedHashMap::new,
                        Collectors.mapping(DeliveryView::of, Collectors.toList())));
        audit.success(AuditAction.READ, "notification", null, null);
        return new Page<>(items, request.page(), request.size(), total)
                .map(n -> NotificationView.of(n, deliveries.getOrDefault(n.id(), List.of())));
    }

    public Preferences preferences() {
        NotificationPreferences prefs = em.find(NotificationPreferences.class, caller.subject());
        audit.success(AuditAction.READ, "notification-preference", null, null);
        return prefs == null ? new Preferences(null, null, null, "en", null, Map.of("*", names(NotificationPreferences.DEFAULT_CHANNELS)))
                : view(prefs);
    }

    /** Formats are checked by the caller (the web layer); this replaces the whole set. */
    public Preferences update(Preferences wanted) {
        NotificationPreferences existing = em.find(NotificationPreferences.class, caller.subject());
        NotificationPreferences prefs = existing == null ? new NotificationPreferences(caller.subject()) : existing;
        QuietHours quiet = wanted.quietHours() == null ? null : new QuietHours(wanted.quietHours().start(),
                wanted.quietHours().end(), ZoneId.of(wanted.quietHours().zone()));
        Map<String, Set<Channel>> channels = new LinkedHashMap<>();
        if (wanted.channels() != null) {
            wanted.channels().forEach((type, set) -> {
                Set<Channel> parsed = EnumSet.noneOf(Channel.class);
                set.forEach(c -> parsed.add(Channel.valueOf(c)));
                channels.put(type, parsed);
            });
        }
        prefs.update(new NotificationPreferences.Addresses(wanted.email(), wanted.phone(), wanted.pushToken()),
                wanted.language(), quiet, channels, clock.instant());
        if (existing == null) {
            em.persist(prefs);
        }
        audit.success(AuditAction.UPDATE, "notification-preference", null, null);
        return view(prefs);
    }

    private static Preferences view(NotificationPreferences p) {
        Map<String, Set<String>> channels = new LinkedHashMap<>();
        p.channels().forEach((type, set) -> channels.put(type, names(set)));
        NotificationPreferences.Addresses a = p.addresses();
        return new Preferences(a.email(), a.phone(), a.pushToken(), p.language(),
                p.quietHours().map(q -> new Preferences.Quiet(q.start(), q.end(), q.zone().getId())).orElse(null),
                channels);
    }

    private static Set<String> names(Set<Channel> channels) {
        return channels.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
