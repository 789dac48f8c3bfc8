package com.kiorex.batch.labimport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HL7 v2 DTM/DT values ({@code YYYYMMDD[HHMM[SS]][+/-ZZZZ]}); no offset means UTC. */
final class Hl7Times {

    private static final Pattern DTM = Pattern.compile("(\\d{8})(\\d{4})?(\\d{2})?(?:\\.\\d+)?([+-]\\d{4})?");

    private Hl7Times() {
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = DTM.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an HL7 date/time");
        }
        String hhmm = m.group(2) == null ? "0000" : m.group(2);
        String ss = m.group(3) == null ? "00" : m.group(3);
        LocalDateTime local = LocalDateTime.parse(m.group(1) + hhmm + ss, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        ZoneOffset offset = m.group(4) == null ? ZoneOffset.UTC
                : ZoneOffset.of(m.group(4).substring(0, 3) + ":" + m.group(4).substring(3));
        return local.toInstant(offset);
    }

    static LocalDate date(String value) {
        if (value == null || value.length() < 8) {
            return null;
        }
        return LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    }
}
