package com.kiorex.consultations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A video service whose rooms are addressed by URL: {@code kiorex.consultations.video.url-pattern},
 * where {@code {booking}} is replaced by the booking id (e.g. {@code https://meet.example.org/kiorex-{booking}}).
 * Empty (the default) means no video service.
 */
@ApplicationScoped
public class UrlPatternVideoMeetings implements VideoMeetings {

    static final String PLACEHOLDER = "{booking}";

    @Inject
    @ConfigProperty(name = "kiorex.consultations.video.url-pattern", defaultValue = " ")
    String pattern;

    public UrlPatternVideoMeetings() {
    }

    UrlPatternVideoMeetings(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public Optional<String> linkFor(UUID bookingId) {
        if (pattern == null || pattern.isBlank() || !pattern.contains(PLACEHOLDER)) {
            return Optional.empty();
        }
        return Optional.of(pattern.strip().replace(PLACEHOLDER, bookingId.toString()));
    }
}
