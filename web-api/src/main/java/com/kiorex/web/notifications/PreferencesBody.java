package com.kiorex.web.notifications;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.notifications.boundary.Preferences;
import com.kiorex.notifications.entity.Channel;
import com.kiorex.web.params.InvalidParameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** The body of {@code PUT /me/notification-preferences}; replaces every preference. */
public class PreferencesBody {

    /** Event types a person can choose channels for ({@code *} = every other). */
    static final Set<String> EVENT_TYPES = Set.of("*", BookingEvent.BOOKED, BookingEvent.RESCHEDULED,
            BookingEvent.CANCELLED, BookingEvent.NO_SHOW, "booking.reminder-24h", "booking.reminder-1h",
            "lab.critical-value");

    @Email(message = "must be an email address")
    @Size(max = 254, message = "must be at most 254 characters")
    public String email;

    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international number such as +447700900123")
    public String phone;

    @Size(max = 4096, message = "must be at most 4096 characters")
    public String pushToken;

    @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as en or fr-CA")
    public String language;

    @Valid
    public Quiet quietHours;

    public Map<String, Set<String>> channels;

    /** Quiet hours: start and end (HH:mm) and an IANA zone. */
    public static class Quiet {
        public LocalTime start;
        public LocalTime end;
        public String zone;
    }

    Preferences toPreferences() {
        Preferences.Quiet quiet = null;
        if (quietHours != null) {
            if (quietHours.start == null || quietHours.end == null || quietHours.zone == null) {
                throw new InvalidParameter("quietHours", "needs start, end and zone");
            }
            if (quietHours.start.equals(quietHours.end)) {
                throw new InvalidParameter("quietHours", "start and end must differ");
            }
            try {
                ZoneId.of(quietHours.zone);
            } catch (DateTimeException e) {
                throw new InvalidParameter("quietHours.zone", "must be an IANA zone such as Europe/Paris");
            }
            quiet = new Preferences.Quiet(quietHours.start, quietHours.end, quietHours.zone);
        }
        if (channels != null) {
            channels.forEach((type, set) -> {
                if (!EVENT_TYPES.contains(type)) {
                    throw new InvalidParameter("channels", "unknown event type " + type + "; known: " + EVENT_TYPES);
                }
                if (set == null || !set.stream().allMatch(PreferencesBody::isChannel)) {
                    throw new InvalidParameter("channels", "channels are EMAIL, SMS, PUSH, IN_APP");
                }
            });
        }
        return new Preferences(email, phone, pushToken, language == null ? "en" : language, quiet,
                channels == null ? Map.of() : channels);
    }

    private static boolean isChannel(String name) {
        for (Channel c : Channel.values()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
