package com.kiorex.kernel.contract;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON form the booking contracts share: identifiers and instants as text, and a head of event id, type,
 * the subject's id, the patient and the people to tell.
 */
final class EventJson {

    private EventJson() {
    }

    static JsonObjectBuilder head(UUID eventId, String type, String subjectName, UUID subjectId, UUID patientId,
                                  List<String> recipients) {
        JsonArrayBuilder to = Json.createArrayBuilder();
        recipients.forEach(to::add);
        return Json.createObjectBuilder()
                .add("eventId", eventId.toString())
                .add("type", type)
                .add(subjectName, subjectId.toString())
                .add("patientId", patientId.toString())
                .add("recipients", to);
    }

    static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static UUID uuid(JsonObject json, String name) {
        return UUID.fromString(json.getString(name));
    }

    static Instant instant(JsonObject json, String name) {
        return Instant.parse(json.getString(name));
    }

    static Instant optionalInstant(JsonObject json, String name) {
        return json.containsKey(name) ? instant(json, name) : null;
    }

    static List<String> recipients(JsonObject json) {
        return json.getJsonArray("recipients").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
