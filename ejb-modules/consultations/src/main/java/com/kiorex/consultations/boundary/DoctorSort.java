package com.kiorex.consultations.boundary;

import java.util.Locale;
import java.util.Map;

/** The order of search results: {@code rating}, {@code fee}, {@code name} or {@code distance}, then {@code :asc|:desc}. */
public record DoctorSort(String field, boolean descending) {

    static final Map<String, String> COLUMNS = Map.of(
            "rating", "d.rating", "fee", "d.fee", "name", "lower(d.display_name)", "distance", "distance_km");

    public static final DoctorSort DEFAULT = new DoctorSort("rating", true);

    public DoctorSort {
        if (!COLUMNS.containsKey(field)) {
            throw new IllegalArgumentException("sort by one of rating, fee, name, distance");
        }
    }

    /** Parses {@code rating:desc}; throws {@link IllegalArgumentException} for anything else. */
    public static DoctorSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
            throw new IllegalArgumentException("use field:asc or field:desc, e.g. rating:desc");
        }
        return new DoctorSort(parts[0], parts.length == 2 && parts[1].equals("desc"));
    }

    String orderBy() {
        return COLUMNS.get(field) + (descending ? " desc nulls last" : " asc nulls last") + ", d.id";
    }
}
