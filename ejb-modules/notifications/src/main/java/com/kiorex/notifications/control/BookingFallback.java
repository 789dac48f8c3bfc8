package com.kiorex.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables every booking (and lab order) notification has, from the event's own data (start,
 * previous start, facility zone), shown in the facility's zone and the recipient's language. The
 * owning context's {@code NotificationContent} adds its own on top (see {@code DeliveryWorker}).
 */
public final class BookingFallback {

    private BookingFallback() {
    }

    /** The event's times, as stored with the notification. */
    public static String context(Instant startsAt, Instant previousStartsAt, String facilityZone) {
        var json = Json.createObjectBuilder().add("startsAt", startsAt.toString()).add("facilityZone", facilityZone);
        if (previousStartsAt != null) {
            json.add("previousStartsAt", previousStartsAt.toString());
        }
        return json.build().toString();
    }

    public static Map<String, String> variables(String contextJson, String language) {
        JsonObject context = Json.createReader(new StringReader(contextJson)).readObject();
        ZoneId zone = ZoneId.of(context.getString("facilityZone"));
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> variables = new HashMap<>();
        variables.put("zone", zone.getId());
        put(variables, "", Instant.parse(context.getString("startsAt")).atZone(zone), locale);
        if (context.containsKey("previousStartsAt")) {
            put(variables, "previous", Instant.parse(context.getString("previousStartsAt")).atZone(zone), locale);
        }
        return variables;
    }

    private static void put(Map<String, String> variables, String prefix, ZonedDateTime at, Locale locale) {
        String date = at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String time = at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
        variables.put(prefix.isEmpty() ? "date" : prefix + "Date", date);
        variables.put(prefix.isEmpty() ? "time" : prefix + "Time", time);
    }
}
