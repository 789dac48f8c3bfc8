package com.kiorex.web.params;

import com.kiorex.web.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * ISO-8601 dates ({@code 1980-04-12}) and instants ({@code 2026-11-21T10:00:00Z}) in parameters;
 * a malformed one is a 400 naming the expected format (JAX-RS would otherwise answer 404).
 */
@Provider
public class TimeParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, "a date such as 1980-04-12");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(Instant::parse, "an instant such as 2026-11-21T10:00:00Z");
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (DateTimeParseException e) {
                    throw new WebApplicationException(Problem.of(400, "Invalid request",
                            "a parameter must be " + expected).toResponse().build());
                }
            }

            @Override
            public String toString(V value) {
                return value.toString();
            }
        };
    }
}
