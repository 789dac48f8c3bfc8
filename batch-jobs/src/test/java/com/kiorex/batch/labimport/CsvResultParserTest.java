package com.kiorex.batch.labimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.labs.boundary.IncomingObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvResultParserTest {

    private static final String HEADER =
            "patient_id,order_id,loinc,test_name,value,unit,reference_range,flag,observed_at,sex,birth_date\n";
    private final CsvResultParser parser = new CsvResultParser();

    private List<ParsedItem> parse(String text) throws UnreadableFile {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneRowPerObservation_withQuotedFields() throws UnreadableFile {
        List<ParsedItem> items = parse(HEADER
                + "p-1,o-1,718-7,\"Hemoglobin, blood\",13.2,g/dL,12.0-15.5,N,2026-11-20T08:00:00Z,F,1985-05-20\n"
                + "p-1,o-1,777-3,Platelets,95,10*3/uL,,L,2026-11-20T08:00:00Z,F,\n");

        assertThat(items).hasSize(2).noneMatch(ParsedItem::isBad);
        IncomingObservation hb = items.get(0).observation();
        assertThat(hb.testName()).isEqualTo("Hemoglobin, blood");
        assertThat(hb.valueText()).isEqualTo("13.2");
        assertThat(hb.rangeText()).isEqualTo("12.0-15.5");
        assertThat(hb.observedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(items.get(1).observation().rangeText()).isNull();
        assertThat(items.get(1).observation().birthDate()).isNull();
    }

    @Test
    void columnsMayComeInAnyOrder_andOptionalOnesMayBeMissing() throws UnreadableFile {
        List<ParsedItem> items = parse("loinc,value,observed_at,order_id,patient_id\n"
                + "2345-7,91,2026-11-20T08:00:00Z,o-1,p-1\n");
        assertThat(items.get(0).observation().loinc()).isEqualTo("2345-7");
        assertThat(items.get(0).observation().unit()).isNull();
    }

    @Test
    void badRows_areBadItems_andTheOthersAreRead() throws UnreadableFile {
        List<ParsedItem> items = parse(HEADER
                + "p-1,o-1,718-7,Hb,13.2,g/dL,,N,2026-11-20T08:00:00Z,F\n"
                + "p-1,o-1,,Hb,13.2,g/dL,,N,2026-11-20T08:00:00Z,F,\n"
                + "p-1,o-1,718-7,Hb,13.2,g/dL,,N,20.11.2026,F,\n"
                + "p-1,o-1,718-7,\"Hb,13.2,g/dL,,N,2026-11-20T08:00:00Z,F,\n"
                + "p-1,o-1,718-7,Hb,13.2,g/dL,,N,2026-11-20T08:00:00Z,F,\n");

        assertThat(items).extracting(ParsedItem::isBad).containsExactly(true, true, true, true, false);
        assertThat(items.get(0).error()).contains("fields");
        assertThat(items.get(1).error()).contains("loinc is empty");
        assertThat(items.get(2).error()).contains("ISO");
        assertThat(items.get(3).error()).contains("quote");
        assertThat(items.get(4).index()).isEqualTo(4);
    }

    @Test
    void aFileWithoutTheRequiredColumns_isRejected() {
        assertThatThrownBy(() -> parse("name,result\nAlice,5\n")).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("missing columns patient_id, order_id, loinc, value, observed_at");
        assertThatThrownBy(() -> parse("")).isInstanceOf(UnreadableFile.class);
    }
}
