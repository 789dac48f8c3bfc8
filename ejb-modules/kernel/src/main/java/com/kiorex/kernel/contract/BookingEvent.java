package com.kiorex.kernel.contract;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A consultation booking changed state. Published by the consultations context after commit, once
 * to each consumer's queue: {@link #NOTIFICATIONS_QUEUE} (confirmations, reminders) and
 * {@link #CALENDAR_QUEUE} (the doctor's calendar). {@code eventId} is the consumers' idempotency key.
 *
 * @param recipients account subjects (Keycloak {@code sub}) of the people to tell on the patient's
 *                   side: the patient's own account, or the family account holder who booked
 * @param previousStartsAt set for {@link #RESCHEDULED} only
 * @param facilityZone IANA zone of the facility, so that times are shown the way the clinic reads them
 */
public record BookingEvent(UUID eventId, String type, UUID bookingId, UUID patientId, List<String> recipients,
                           String doctorSubject, Instant startsAt, Instant previousStartsAt, String facilityZone,
                           Instant occurredAt) {

    public static final String NOTIFICATIONS_QUEUE = "kiorex.notifications.booking-events";
    public static final String CALENDAR_QUEUE = "kiorex.consultations.calendar";

    public static final String BOOKED = "booking.booked";
    public static final String RESCHEDULED = "booking.rescheduled";
    public static final String CANCELLED = "booking.cancelled";
    public static final String NO_SHOW = "booking.no-show";
    public static final String STARTED = "booking.started";
    public static final String ENDED = "booking.ended";

    public static final List<String> TYPES = List.of(BOOKED, RESCHEDULED, CANCELLED, NO_SHOW, STARTED, ENDED);

    public BookingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(doctorSubject, "doctorSubject");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(facilityZone, "facilityZone");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown booking event type: " + type);
        }
        recipients = List.copyOf(recipients);
    }

    public String toJson() {
        JsonObjectBuilder json = EventJson.head(eventId, type, "bookingId", bookingId, patientId, recipients)
                .add("doctorSubject", doctorSubject)
                .add("startsAt", startsAt.toString())
                .add("facilityZone", facilityZone)
                .add("occurredAt", occurredAt.toString());
        if (previousStartsAt != null) {
            json.add("previousStartsAt", previousStartsAt.toString());
        }
        return json.build().toString();
    }

    public static BookingEvent fromJson(String text) {
        JsonObject json = EventJson.parse(text);
        return new BookingEvent(EventJson.uuid(json, "eventId"), json.getString("type"),
                EventJson.uuid(json, "bookingId"), EventJson.uuid(json, "patientId"), EventJson.recipients(json),
                json.getString("doctorSubject"), EventJson.instant(json, "startsAt"),
                EventJson.optionalInstant(json, "previousStartsAt"), json.getString("facilityZone"),
                EventJson.instant(json, "occurredAt"));
    }
}
