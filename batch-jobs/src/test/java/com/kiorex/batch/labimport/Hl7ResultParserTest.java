package com.kiorex.batch.labimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.labs.boundary.IncomingObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hl7ResultParserTest {

    private static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");
    private final String patient = Hl7Generator.randomId();
    private final String order = Hl7Generator.randomId();
    private final Hl7ResultParser parser = new Hl7ResultParser();

    private List<ParsedItem> parse(String text) throws UnreadableFile {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOruR01_givesOneItemPerObx_withCodeValueUnitRangeFlagAndTime() throws UnreadableFile {
        String message = Hl7Generator.message(1, patient, order, COLLECTED, new String[][] {
                {"2823-3", "Potassium", "6.9", "mmol/L", "3.5-5.1", "HH"},
                {"2951-2", "Sodium", "139", "mmol/L", "136-145", "N"}});

        List<ParsedItem> items = parse(message);

        assertThat(items).hasSize(2).noneMatch(ParsedItem::isBad);
        IncomingObservation k = items.get(0).observation();
        assertThat(k.itemIndex()).isZero();
        assertThat(k.patientRef()).isEqualTo(patient);
        assertThat(k.orderRef()).isEqualTo(order);
        assertThat(k.loinc()).isEqualTo("2823-3");
        assertThat(k.valueText()).isEqualTo("6.9");
        assertThat(k.unit()).isEqualTo("mmol/L");
        assertThat(k.rangeText()).isEqualTo("3.5-5.1");
        assertThat(k.reportedFlag()).isEqualTo("HH");
        assertThat(k.observedAt()).isEqualTo(COLLECTED);
        assertThat(k.sex()).isEqualTo("F");
        assertThat(k.birthDate()).hasToString("1985-05-20");
        assertThat(k.viaOcr()).isFalse();
        assertThat(items.get(1).observation().itemIndex()).isEqualTo(1);
    }

    @Test
    void manyMessagesInOneFile_numberTheirItemsAcrossTheFile() throws UnreadableFile {
        List<ParsedItem> items = parse(Hl7Generator.batch(25, patient, order, COLLECTED, 7));
        assertThat(items).hasSize(100).noneMatch(ParsedItem::isBad);
        assertThat(items.get(99).index()).isEqualTo(99);
        assertThat(parse(Hl7Generator.batch(25, patient, order, COLLECTED, 7))).isEqualTo(items);
    }

    @Test
    void aBadObx_isOneBadItem_andTheOthersAreRead() throws UnreadableFile {
        String message = Hl7Generator.message(1, patient, order, COLLECTED, new String[][] {
                {"", "Potassium", "4.1", "mmol/L", "3.5-5.1", ""},
                {"2951-2", "Sodium", "", "mmol/L", "136-145", ""},
                {"2345-7", "Glucose", "91", "mg/dL", "70-99", "N"}});
        String local = message.replace("OBX|3|NM|2345-7^Glucose^LN", "OBX|3|NM|GLU^Glucose^L");

        List<ParsedItem> items = parse(local);

        assertThat(items).extracting(ParsedItem::isBad).containsExactly(true, true, true);
        assertThat(items.get(0).error()).contains("no observation code");
        assertThat(items.get(1).error()).contains("no value");
        assertThat(items.get(2).error()).contains("not a LOINC code");
        assertThat(parse(message).get(2).isBad()).isFalse();
    }

    @Test
    void anUnparseableMessageBetweenGoodOnes_isOneBadItem() throws UnreadableFile {
        String good = Hl7Generator.message(1, patient, order, COLLECTED, new String[][] {
                {"2823-3", "Potassium", "4.0", "mmol/L", "3.5-5.1", "N"}});
        String broken = "MSH|^~\\&|LIS\rPID|1\r";

        List<ParsedItem> items = parse(good + "\n" + broken + "\n" + good);

        assertThat(items).extracting(ParsedItem::isBad).containsExactly(false, true, false);
        assertThat(items.get(1).error()).startsWith("unparseable HL7 message");
    }

    @Test
    void aFileThatIsNotHl7_isRejectedWithAReason() {
        assertThatThrownBy(() -> parse("patient_id,order_id\n1,2\n"))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("MSH");
        assertThatThrownBy(() -> parse("MSH|^~\\&|X\rMSH|garbage\r"))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("no readable ORU^R01");
    }

    @Test
    void hl7Times_withAndWithoutOffset() {
        assertThat(Hl7Times.instant("202611200800")).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(Hl7Times.instant("20261120080000+0100")).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
        assertThatThrownBy(() -> Hl7Times.instant("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }
}
