package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.IncomingObservation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kiorex lab report layout (README "Lab result files"), read from a PDF's text layer or from OCR.
 * A report starts with a line {@code KIOREX LAB REPORT}; header lines {@code Patient: <id>},
 * {@code Order: <id>}, {@code Sex: F|M}, {@code Born: YYYY-MM-DD}, {@code Collected: <ISO instant>};
 * then one line per result: {@code <LOINC> <value> <unit> [<range>] [<flag>]}. Other lines are ignored.
 */
final class ReportLayout {

    private static final Pattern TITLE = Pattern.compile("(?i).*LAB\\s+REPORT.*");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(Patient|Order|Sex|Born|Collected)\\s*[:;]\\s*(.+?)\\s*$");
    private static final Pattern RESULT = Pattern.compile(
            "^\\s*(\\d{1,7}-\\d)\\s+(\\S+)\\s+(\\S+)(?:\\s+([<>]=?\\s*\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s*-\\s*\\d+(?:[.,]\\d+)?))?(?:\\s+(LL|HH|L|H|N|A))?\\s*$");
    /** A line that starts like a LOINC code, also as OCR misreads it (O for 0, l or I for 1). */
    private static final Pattern LOOKS_LIKE_RESULT = Pattern.compile("^\\s*([0-9OoIlSB]{1,7}-[0-9OoIlSB])\\s+(.*)$");

    private ReportLayout() {
    }

    static List<ParsedItem> parse(String text, boolean ocr) throws UnreadableFile {
        String[] lines = text.split("\r\n|\n|\r");
        boolean inReport = false;
        String patient = null;
        String order = null;
        String sex = null;
        String born = null;
        String collected = null;
        List<ParsedItem> items = new ArrayList<>();
        for (String line : lines) {
            if (TITLE.matcher(line).matches()) {
                inReport = true;
                patient = order = sex = born = collected = null;
                continue;
            }
            if (!inReport || line.isBlank()) {
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                String value = h.group(2).replace(" ", "");
                switch (h.group(1).toLowerCase(Locale.ROOT)) {
                    case "patient" -> patient = ocr ? hexId(value) : value;
                    case "order" -> order = ocr ? hexId(value) : value;
                    case "sex" -> sex = value;
                    case "born" -> born = value;
                    default -> collected = value;
                }
                continue;
            }
            Matcher r = RESULT.matcher(line);
            int index = items.size();
            if (r.matches()) {
                items.add(result(index, r.group(1), r.group(2), r.group(3), r.group(4), r.group(5), patient, order, sex,
                        born, collected, ocr));
            } else {
                Matcher loose = LOOKS_LIKE_RESULT.matcher(line);
                if (loose.matches() && ocr) {
                    // kept for review: a misread line is not dropped, and not trusted
                    items.add(result(index, loose.group(1), loose.group(2).strip(), null, null, null, patient, order,
                            sex, born, collected, true));
                } else if (loose.matches()) {
                    items.add(ParsedItem.bad(index, "result line " + (index + 1) + " does not follow the layout"));
                }
            }
        }
        if (!inReport) {
            throw new UnreadableFile("not a Kiorex lab report: no 'KIOREX LAB REPORT' title found");
        }
        return items;
    }

    /**
     * Identifiers are hexadecimal UUIDs, so the letters OCR confuses with digits in them can only be
     * those digits (l, I, | for 1; O, o for 0). Anything else it got wrong still fails the UUID check
     * and sends the item to review.
     */
    static String hexId(String read) {
        return read.replaceAll("[lI|]", "1").replaceAll("[Oo]", "0");
    }

    private static ParsedItem result(int index, String loinc, String value, String unit, String range, String flag,
                                     String patient, String order, String sex, String born, String collected,
                                     boolean ocr) {
        if (collected == null) {
            return ParsedItem.bad(index, "result line " + (index + 1) + ": no 'Collected:' time before it");
        }
        try {
            Instant observed = Instant.parse(collected);
            LocalDate birthDate = born == null ? null : LocalDate.parse(born);
            return ParsedItem.ok(new IncomingObservation(index, patient, order, loinc, null, value, unit,
                    range == null ? null : range.replace(" ", ""), flag, observed, sex, birthDate, ocr));
        } catch (DateTimeParseException e) {
            if (ocr) {
                return ParsedItem.ok(new IncomingObservation(index, patient, order, loinc, null, value, unit, range, flag,
                        Instant.EPOCH, "unreadable", null, true));
            }
            return ParsedItem.bad(index, "result line " + (index + 1) + ": 'Collected:' or 'Born:' is not an ISO date");
        }
    }
}
