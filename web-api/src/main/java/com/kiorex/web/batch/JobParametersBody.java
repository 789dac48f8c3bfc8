package com.kiorex.web.batch;

import com.kiorex.batch.control.InvalidJobParameters;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A start request's body as the batch runtime's string parameters: one JSON object whose strings,
 * numbers and booleans become text; a {@code null} value means "use the default". (A missing body never
 * gets here: like every JSON endpoint, this one answers it with 400.)
 */
final class JobParametersBody {

    static final String BODY = "body";

    private JobParametersBody() {
    }

    static Map<String, String> toMap(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidJobParameters(Map.of(BODY, "must be a JSON object of job parameters"));
        }
        Map<String, String> parameters = new HashMap<>();
        Map<String, String> problems = new TreeMap<>();
        ((JsonObject) body).forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> parameters.put(name, ((JsonString) value).getString());
                case NUMBER -> parameters.put(name, ((JsonNumber) value).toString());
                case TRUE, FALSE -> parameters.put(name, Boolean.toString(value == JsonValue.TRUE));
                case NULL -> {
                    // not given: the job's default applies
                }
                default -> problems.put(name, "must be a string, a number or a boolean");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidJobParameters(problems);
        }
        return parameters;
    }
}
