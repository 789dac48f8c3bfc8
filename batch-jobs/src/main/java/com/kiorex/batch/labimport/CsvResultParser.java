package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.IncomingObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Kiorex result CSV (README "Lab result files"): UTF-8, comma-separated, RFC 4180 quoting, a header
 * row naming the columns (any order), one row per observation. Required columns: patient_id, order_id,
 * loinc, value, observed_at; optional: test_name, unit, reference_range, flag, sex, birth_date.
 */
public class CsvResultParser implements ResultParser {

    static final List<String> REQUIRED = List.of("patient_id", "order_id", "loinc", "value", "observed_at");

    @Override
    public List<ParsedItem> parse(byte[] content) throws UnreadableFile {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = text.split("\r\n|\n|\r");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new UnreadableFile("empty CSV: a header row is required");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header;
        try {
            header = fields(lines[0]);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFile("unreadable CSV header: " + e.getMessage());
        }
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFile("not a Kiorex result CSV: missing columns " + String.join(", ", missing));
        }
        List<ParsedItem> items = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                items.add(row(items.size(), lines[n], columns, header.size()));
            }
        }
        return items;
    }

    private static ParsedItem row(int index, String line, Map<String, Integer> columns, int width) {
        List<String> f;
        try {
            f = fields(line);
        } catch (IllegalArgumentException e) {
            return ParsedItem.bad(index, "row " + (index + 1) + ": " + e.getMessage());
        }
        if (f.size() != width) {
            return ParsedItem.bad(index, "row " + (index + 1) + ": " + f.size() + " fields, the header has " + width);
        }
        Map<String, String> v = new HashMap<>();
        columns.forEach((name, i) -> v.put(name, f.get(i).isBlank() ? null : f.get(i).strip()));
        for (String required : REQUIRED) {
            if (v.get(required) == null) {
                return ParsedItem.bad(index, "row " + (index + 1) + ": " + required + " is empty");
            }
        }
        try {
            Instant observed = Instant.parse(v.get("observed_at"));
            LocalDate born = v.get("birth_date") == null ? null : LocalDate.parse(v.get("birth_date"));
            return ParsedItem.ok(new IncomingObservation(index, v.get("patient_id"), v.get("order_id"), v.get("loinc"),
                    v.get("test_name"), v.get("value"), v.get("unit"), v.get("reference_range"), v.get("flag"),
                    observed, v.get("sex"), born, false));
        } catch (DateTimeParseException e) {
            return ParsedItem.bad(index, "row " + (index + 1) + ": observed_at or birth_date is not an ISO date/time");
        }
    }

    /** One line's fields; quotes allow commas and doubled quotes inside a field. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
