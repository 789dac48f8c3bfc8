package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.NotificationPreferences;
import com.kiorex.notifications.entity.QuietHours;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person as notifications sees them: addresses (own preferences first, then the contact
 * directories), language, quiet hours and, when they set any, their channel choices.
 */
public record Recipient(String subject, NotificationPreferences.Addresses addresses, String language,
                        Optional<QuietHours> quietHours, Optional<NotificationPreferences> preferences) {

    public Set<Channel> channelsFor(String eventType) {
        Set<Channel> wanted = preferences.map(p -> p.channelsFor(eventType))
                .orElse(NotificationPreferences.DEFAULT_CHANNELS);
        Set<Channel> reachable = EnumSet.noneOf(Channel.class);
        wanted.stream().filter(c -> address(c).isPresent()).forEach(reachable::add);
        return reachable;
    }

    public Optional<String> address(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case EMAIL -> addresses.email();
            case SMS -> addresses.phone();
            case PUSH -> addresses.pushToken();
            case IN_APP -> subject;
        });
    }

    /** When a non-urgent message may go out: now, or the end of the quiet hours. */
    public Instant allowedFrom(Instant instant, boolean urgent) {
        return urgent ? instant : quietHours.map(q -> q.nextAllowed(instant)).orElse(instant);
    }
}
