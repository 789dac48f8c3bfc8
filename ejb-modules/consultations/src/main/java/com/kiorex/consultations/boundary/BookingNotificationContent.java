package com.kiorex.consultations.boundary;

import com.kiorex.consultations.entity.Booking;
import com.kiorex.consultations.entity.BookingStatus;
import com.kiorex.kernel.contract.NotificationContent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Template variables for notifications about a booking ({@code booking:<refId>}).
 *
 * <p>The refId is {@code <bookingId>@<startsAt as epoch seconds>}: a reminder is about the booking
 * <em>at that time</em>. When the booking was cancelled, or was moved away from that time, the answer
 * is empty and the notification is withdrawn (the move itself sends its own notice, with a refId of
 * the new time). A bare {@code <bookingId>} means "at whatever time it now has".
 *
 * <p>Variables: {@code doctorName}, {@code startTime} (the start in the facility's zone, formatted for
 * the recipient's language, with the zone named), {@code facilityName}, {@code facilityZone}. Only the
 * patient's managing account and the booking's doctor are recipients; anyone else gets nothing.
 */
@Dependent
public class BookingNotificationContent implements NotificationContent {

    public static final String REF_TYPE = "booking";

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Override
    public String refType() {
        return REF_TYPE;
    }

    public static String refId(UUID bookingId, Instant startsAt) {
        return bookingId + "@" + startsAt.getEpochSecond();
    }

    @Override
    public Optional<Map<String, String>> variables(String refId, String recipientSubject, String language) {
        Optional<Ref> ref = Ref.parse(refId);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select b from Booking b join fetch b.doctor where b.publicId = :id", Booking.class)
                .setParameter("id", ref.get().bookingId())
                .getResultStream().findFirst()
                .filter(b -> b.status() != BookingStatus.CANCELLED)
                .filter(b -> ref.get().epochSecond() == null || b.startsAt().getEpochSecond() == ref.get().epochSecond())
                .filter(b -> b.patientAccount().equals(recipientSubject) || b.doctor().isAccount(recipientSubject))
                .map(b -> variablesOf(b, language));
    }

    static Map<String, String> variablesOf(Booking b, String language) {
        ZoneId zone = b.doctor().facility().zone();
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        String start = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(b.startsAt().atZone(zone)) + " (" + zone.getId() + ")";
        return Map.of("doctorName", b.doctor().displayName(), "startTime", start,
                "facilityName", b.doctor().facility().name(), "facilityZone", zone.getId());
    }

    record Ref(UUID bookingId, Long epochSecond) {

        static Optional<Ref> parse(String refId) {
            try {
                int at = refId.indexOf('@');
                return at < 0 ? Optional.of(new Ref(UUID.fromString(refId), null))
                        : Optional.of(new Ref(UUID.fromString(refId.substring(0, at)),
                        Long.parseLong(refId.substring(at + 1))));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        }
    }
}
