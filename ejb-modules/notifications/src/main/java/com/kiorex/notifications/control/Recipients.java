package com.kiorex.notifications.control;

import com.kiorex.kernel.contract.ContactDirectory;
import com.kiorex.notifications.entity.NotificationPreferences;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds how to reach a person: their own preferences first, then every {@link ContactDirectory}. */
@Stateless
public class Recipients {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    @Any
    Instance<ContactDirectory> directories;

    public Recipient of(String subject) {
        Optional<NotificationPreferences> own = Optional.ofNullable(em.find(NotificationPreferences.class, subject));
        Optional<ContactDirectory.ContactPoints> directory = directories.stream()
                .map(d -> d.contactPoints(subject)).flatMap(Optional::stream).findFirst();
        NotificationPreferences.Addresses mine = own.map(NotificationPreferences::addresses)
                .orElse(new NotificationPreferences.Addresses(null, null, null));
        NotificationPreferences.Addresses addresses = new NotificationPreferences.Addresses(
                first(mine.email(), directory.map(ContactDirectory.ContactPoints::email)),
                first(mine.phone(), directory.map(ContactDirectory.ContactPoints::phone)),
                mine.pushToken());
        String language = own.map(NotificationPreferences::language)
                .or(() -> directory.map(ContactDirectory.ContactPoints::language))
                .orElse("en");
        return new Recipient(subject, addresses, language, own.flatMap(NotificationPreferences::quietHours), own);
    }

    private static String first(String own, Optional<String> fallback) {
        return own != null ? own : fallback.orElse(null);
    }
}
