package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.NotificationTemplate;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds a template in the recipient's language, or in English when there is none in theirs. */
@Stateless
public class Templates {

    public static final String FALLBACK_LANGUAGE = "en";

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    public Optional<NotificationTemplate> find(String eventType, String language, Channel channel) {
        return exactly(eventType, baseLanguage(language), channel)
                .or(() -> exactly(eventType, FALLBACK_LANGUAGE, channel));
    }

    public Optional<NotificationTemplate> exactly(String eventType, String language, Channel channel) {
        return em.createQuery("select t from NotificationTemplate t where t.eventType = :e and t.language = :l "
                        + "and t.channel = :c", NotificationTemplate.class)
                .setParameter("e", eventType).setParameter("l", language).setParameter("c", channel)
                .getResultStream().findFirst();
    }

    public boolean exists(String eventType) {
        return !em.createQuery("select t.id from NotificationTemplate t where t.eventType = :e", Long.class)
                .setParameter("e", eventType).setMaxResults(1).getResultList().isEmpty();
    }

    public List<NotificationTemplate> all() {
        return em.createQuery("select t from NotificationTemplate t order by t.eventType, t.language, t.channel",
                NotificationTemplate.class).getResultList();
    }

    /** {@code fr-CA} uses the {@code fr} templates. */
    static String baseLanguage(String language) {
        if (language == null || language.isBlank()) {
            return FALLBACK_LANGUAGE;
        }
        int dash = language.indexOf('-');
        return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(java.util.Locale.ROOT);
    }
}
