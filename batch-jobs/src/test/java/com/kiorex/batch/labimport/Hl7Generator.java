package com.kiorex.batch.labimport;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Real-shaped HL7 v2.5.1 ORU^R01 result messages as a laboratory information system sends them:
 * MSH, PID (id, name, birth date, sex), ORC, OBR (placer order number, panel code, collection time)
 * and one OBX per analyte with LOINC code, value, units, reference range and OBX-8 flag.
 */
public final class Hl7Generator {

    /** LOINC code, name, unit, range, typical low and high value. */
    record Analyte(String loinc, String name, String unit, String range, double from, double to) {
    }

    static final List<Analyte> ANALYTES = List.of(
            new Analyte("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "70-99", 60, 140),
            new Analyte("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "3.5-5.1", 3.0, 5.8),
            new Analyte("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "136-145", 130, 150),
            new Analyte("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "0.59-1.04", 0.5, 1.4));

    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Hl7Generator() {
    }

    public static String message(int number, String patientId, String orderId, Instant collected, String[][] obx) {
        StringBuilder m = new StringBuilder();
        String now = DTM.format(collected.plusSeconds(3600));
        m.append("MSH|^~\\&|LIS|KIOREX-LAB|KIOREX|HOSPITAL|").append(now).append("||ORU^R01^ORU_R01|MSG")
                .append(number).append("|P|2.5.1\r");
        m.append("PID|1||").append(patientId).append("^^^KIOREX^MR||Tester^Alice||19850520|F\r");
        m.append("ORC|RE|").append(orderId).append("\r");
        m.append("OBR|1|").append(orderId).append("||51990-0^Basic metabolic panel - Blood^LN|||")
                .append(DTM.format(collected)).append("\r");
        for (int i = 0; i < obx.length; i++) {
            String[] o = obx[i];
            m.append("OBX|").append(i + 1).append("|NM|").append(o[0]).append("^").append(o[1]).append("^LN||")
                    .append(o[2]).append("|").append(o[3]).append("|").append(o[4]).append("|").append(o[5])
                    .append("|||F|||").append(DTM.format(collected)).append("\r");
        }
        return m.toString();
    }

    /** {@code messages} messages of one result per analyte each, values drawn with a fixed seed. */
    public static String batch(int messages, String patientId, String orderId, Instant collected, long seed) {
        Random random = new Random(seed);
        StringBuilder file = new StringBuilder();
        for (int n = 0; n < messages; n++) {
            String[][] obx = new String[ANALYTES.size()][];
            for (int i = 0; i < obx.length; i++) {
                Analyte a = ANALYTES.get(i);
                double value = a.from() + random.nextDouble() * (a.to() - a.from());
                obx[i] = new String[] {a.loinc(), a.name(), String.format(java.util.Locale.ROOT, "%.1f", value),
                        a.unit(), a.range(), ""};
            }
            file.append(message(n, patientId, orderId, collected.plusSeconds(n), obx)).append('\n');
        }
        return file.toString();
    }

    public static String randomId() {
        return UUID.randomUUID().toString();
    }
}
