package com.kiorex.web.security;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** MicroProfile Config over a map of properties; converts to String and Integer only. */
final class MapConfig implements Config {

    private final Map<String, String> properties;

    MapConfig(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    @Override
    public <T> Optional<T> getOptionalValue(String propertyName, Class<T> type) {
        return Optional.ofNullable(properties.get(propertyName)).map(value -> convert(value, type));
    }

    @Override
    public <T> T getValue(String propertyName, Class<T> type) {
        return getOptionalValue(propertyName, type).orElseThrow();
    }

    private static <T> T convert(String value, Class<T> type) {
        if (type == String.class) {
            return type.cast(value);
        }
        if (type == Integer.class || type == int.class) {
            @SuppressWarnings("unchecked")
            T number = (T) Integer.valueOf(value.strip());
            return number;
        }
        throw new UnsupportedOperationException("no converter for " + type);
    }

    @Override
    public ConfigValue getConfigValue(String propertyName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
