package com.kiorex.kernel.contract;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A lab order (booking) changed state. Published by the labs context inside its transaction to
 * {@link #NOTIFICATIONS_QUEUE} (confirmations, collector visits). {@code eventId} is the consumers'
 * idempotency key. Identifiers and times only: which tests were ordered is looked up, not carried.
 *
 * @param recipients            account subjects to tell on the patient's side (the managing account)
 * @param orderingDoctorSubject the doctor who ordered it; null when the patient booked it themselves
 * @param collectionMode        {@code AT_LAB} or {@code HOME}
 * @param facilityZone          IANA zone of the facility, so times are shown the way the lab reads them
 */
public record LabBookingEvent(UUID eventId, String type, UUID orderId, UUID patientId, List<String> recipients,
                              String orderingDoctorSubject, String collectionMode, Instant windowStart,
                              Instant windowEnd, String facilityZone, Instant occurredAt) {

    public static final String NOTIFICATIONS_QUEUE = "kiorex.notifications.lab-booking-events";

    public static final String BOOKED = "lab-booking.booked";
    public static final String COLLECTOR_ASSIGNED = "lab-booking.collector-assigned";
    public static final String COLLECTED = "lab-booking.collected";
    public static final String CANCELLED = "lab-booking.cancelled";

    public static final List<String> TYPES = List.of(BOOKED, COLLECTOR_ASSIGNED, COLLECTED, CANCELLED);

    public LabBookingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(collectionMode, "collectionMode");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(facilityZone, "facilityZone");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown lab booking event type: " + type);
        }
        recipients = List.copyOf(recipients);
    }

    public String toJson() {
        JsonObjectBuilder json = EventJson.head(eventId, type, "orderId", orderId, patientId, recipients)
                .add("collectionMode", collectionMode)
                .add("windowStart", windowStart.toString())
                .add("windowEnd", windowEnd.toString())
                .add("facilityZone", facilityZone)
                .add("occurredAt", occurredAt.toString());
        if (orderingDoctorSubject != null) {
            json.add("orderingDoctorSubject", orderingDoctorSubject);
        }
        return json.build().toString();
    }

    public static LabBookingEvent fromJson(String text) {
        JsonObject json = EventJson.parse(text);
        return new LabBookingEvent(EventJson.uuid(json, "eventId"), json.getString("type"),
                EventJson.uuid(json, "orderId"), EventJson.uuid(json, "patientId"), EventJson.recipients(json),
                json.getString("orderingDoctorSubject", null), json.getString("collectionMode"),
                EventJson.instant(json, "windowStart"), EventJson.instant(json, "windowEnd"),
                json.getString("facilityZone"), EventJson.instant(json, "occurredAt"));
    }
}
