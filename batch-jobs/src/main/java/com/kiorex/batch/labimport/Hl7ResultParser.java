package com.kiorex.batch.labimport;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import com.kiorex.labs.boundary.IncomingObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * HL7 v2 ORU^R01 (read as v2.5.1 whatever MSH-12 says): one or more messages, each starting with MSH.
 * Each OBX is an item: LOINC code (OBX-3, coding system LN), value (OBX-5), units (OBX-6), range
 * (OBX-7), abnormal flag (OBX-8), time (OBX-14, else OBR-7); patient from PID-3, sex PID-8, birth
 * date PID-7; order from OBR-2 (else ORC-2). A message HAPI cannot parse is one bad item.
 */
public class Hl7ResultParser implements ResultParser {

    private final PipeParser parser;

    public Hl7ResultParser() {
        HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
        context.setValidationContext(ValidationContextFactory.noValidation());
        this.parser = context.getPipeParser();
    }

    @Override
    public List<ParsedItem> parse(byte[] content) throws UnreadableFile {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (!text.startsWith("MSH|")) {
            throw new UnreadableFile("not an HL7 v2 message: the file does not start with an MSH segment");
        }
        List<ParsedItem> items = new ArrayList<>();
        int parsedMessages = 0;
        for (String message : messages(text)) {
            try {
                ORU_R01 oru = new ORU_R01();
                oru.setParser(parser);
                oru.parse(message);
                String type = oru.getMSH().getMessageType().getMessageCode().getValue();
                if (type == null || type.isBlank()) {
                    items.add(ParsedItem.bad(items.size(), "unparseable HL7 message: MSH-9 has no message type"));
                    continue;
                }
                if (!"ORU".equals(type)) {
                    items.add(ParsedItem.bad(items.size(), "message type " + type + " is not ORU"));
                    continue;
                }
                parsedMessages++;
                for (ORU_R01_PATIENT_RESULT result : oru.getPATIENT_RESULTAll()) {
                    addResults(result, items);
                }
            } catch (HL7Exception | RuntimeException e) {
                items.add(ParsedItem.bad(items.size(), "unparseable HL7 message: " + reason(e)));
            }
        }
        if (parsedMessages == 0) {
            throw new UnreadableFile("no readable ORU^R01 message in the file");
        }
        return items;
    }

    private static void addResults(ORU_R01_PATIENT_RESULT result, List<ParsedItem> items) throws HL7Exception {
        PID pid = result.getPATIENT().getPID();
        String patient = pid.getPatientIdentifierList(0).getIDNumber().getValue();
        String sex = pid.getAdministrativeSex().getValue();
        LocalDate born = safeDate(pid.getDateTimeOfBirth().getTime().getValue());
        for (ORU_R01_ORDER_OBSERVATION order : result.getORDER_OBSERVATIONAll()) {
            OBR obr = order.getOBR();
            String orderRef = obr.getPlacerOrderNumber().getEntityIdentifier().getValue();
            if (orderRef == null || orderRef.isBlank()) {
                orderRef = order.getORC().getPlacerOrderNumber().getEntityIdentifier().getValue();
            }
            String orderTime = obr.getObservationDateTime().getTime().getValue();
            for (ORU_R01_OBSERVATION observation : order.getOBSERVATIONAll()) {
                items.add(item(items.size(), observation.getOBX(), patient, orderRef, orderTime, sex, born));
            }
        }
    }

    static ParsedItem item(int index, OBX obx, String patient, String orderRef, String orderTime, String sex,
                           LocalDate born) {
        try {
            String loinc = obx.getObservationIdentifier().getIdentifier().getValue();
            String system = obx.getObservationIdentifier().getNameOfCodingSystem().getValue();
            if (loinc == null || loinc.isBlank()) {
                return ParsedItem.bad(index, "OBX-3 has no observation code");
            }
            if (system != null && !system.isBlank() && !"LN".equals(system)) {
                return ParsedItem.bad(index, "OBX-3 is not a LOINC code (coding system " + system + ")");
            }
            if (obx.getObservationValueReps() == 0 || obx.getObservationValue(0).getData() == null) {
                return ParsedItem.bad(index, "OBX-5 has no value");
            }
            String value = obx.getObservationValue(0).getData().encode();
            if (value == null || value.isBlank()) {
                return ParsedItem.bad(index, "OBX-5 has no value");
            }
            String time = obx.getDateTimeOfTheObservation().getTime().getValue();
            Instant observed = Hl7Times.instant(time != null && !time.isBlank() ? time : orderTime);
            String flag = obx.getAbnormalFlagsReps() > 0 ? obx.getAbnormalFlags(0).getValue() : null;
            return ParsedItem.ok(new IncomingObservation(index, patient, orderRef, loinc.strip(),
                    obx.getObservationIdentifier().getText().getValue(), value.strip(),
                    obx.getUnits().getIdentifier().getValue(), obx.getReferencesRange().getValue(), flag, observed,
                    sex, born, false));
        } catch (HL7Exception | IllegalArgumentException | java.time.DateTimeException e) {
            return ParsedItem.bad(index, "unreadable OBX: " + reason(e));
        }
    }

    private static LocalDate safeDate(String value) {
        try {
            return Hl7Times.date(value);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The messages of a file, segments joined by CR as HL7 wants them. */
    static List<String> messages(String text) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        for (String segment : text.split("\r\n|\r|\n")) {
            if (segment.isBlank()) {
                continue;
            }
            if (segment.startsWith("MSH|")) {
                if (current != null) {
                    messages.add(current.toString());
                }
                current = new StringBuilder();
            }
            current.append(segment).append('\r');
        }
        if (current != null) {
            messages.add(current.toString());
        }
        return messages;
    }

    /** An exception's message, cut short: it may quote the segment (PHI), so only its first words. */
    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf(':');
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.length() > 120 ? m.substring(0, 120) : m;
    }
}
