package com.kiorex.notifications.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.security.Caller;
import com.kiorex.notifications.entity.Channel;
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
        List<NotificationView> views = NotificationView.withDeliveries(em, items);
        audit.success(AuditAction.READ, "notification", null, null);
        return new Page<>(views, request.page(), request.size(), total);
    }

    public Preferences preferences() {
        NotificationPreferences prefs = em.find(NotificationPreferences.class, caller.subject());
        audit.success(AuditAction.READ, "notification-preference", null, null);
        return prefs == null ? Preferences.defaults() : Preferences.of(prefs);
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
        return Preferences.of(prefs);
    }
}
