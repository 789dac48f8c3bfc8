package com.kiorex.batch.labimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.labs.boundary.IncomingObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfResultParserTest {

    private final String patient = "3f2b1c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d";
    private final String order = "9a8b7c6d-5e4f-4321-9abc-def012345678";
    private final List<String> report = ReportPdfs.report(patient, order, "F", "1985-05-20", "2026-11-20T08:00:00Z",
            List.of("2823-3 6.9 mmol/L 3.5-5.1 HH", "2345-7 91 mg/dL 70-99", "718-7 13.2 g/dL"));
    private final PdfResultParser parser = new PdfResultParser();

    @Test
    void aTextPdf_isReadExactly() throws UnreadableFile {
        List<ParsedItem> items = parser.parse(ReportPdfs.withText(report));

        assertThat(items).hasSize(3).noneMatch(ParsedItem::isBad);
        IncomingObservation k = items.get(0).observation();
        assertThat(k.patientRef()).isEqualTo(patient);
        assertThat(k.orderRef()).isEqualTo(order);
        assertThat(k.loinc()).isEqualTo("2823-3");
        assertThat(k.valueText()).isEqualTo("6.9");
        assertThat(k.unit()).isEqualTo("mmol/L");
        assertThat(k.rangeText()).isEqualTo("3.5-5.1");
        assertThat(k.reportedFlag()).isEqualTo("HH");
        assertThat(k.observedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(k.viaOcr()).isFalse();
        assertThat(items.get(2).observation().rangeText()).isNull();
    }

    @Test
    void aScannedPdf_isReadByOcr_andItsItemsAreMarkedAsSuch() throws UnreadableFile {
        List<ParsedItem> items = parser.parse(ReportPdfs.scanned(report));

        assertThat(items).hasSize(3).allMatch(i -> i.isBad() || i.observation().viaOcr());
        IncomingObservation k = items.get(0).observation();
        assertThat(k.loinc()).isEqualTo("2823-3");
        assertThat(k.valueText()).isEqualTo("6.9");
        assertThat(k.patientRef()).isEqualTo(patient);
        assertThat(k.orderRef()).isEqualTo(order);
        assertThat(items.get(1).observation().valueText()).isEqualTo("91");
    }

    @Test
    void aLineOffTheLayout_isABadItem_inATextPdf() throws UnreadableFile {
        List<String> lines = ReportPdfs.report(patient, order, "F", "1985-05-20", "2026-11-20T08:00:00Z",
                List.of("2823-3 6.9", "2345-7 91 mg/dL 70-99"));
        List<ParsedItem> items = parser.parse(ReportPdfs.withText(lines));
        assertThat(items).extracting(ParsedItem::isBad).containsExactly(true, false);
    }

    @Test
    void notAPdf_orNotOurLayout_isRejectedWithAReason() {
        assertThatThrownBy(() -> parser.parse("MSH|^~\\&".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> parser.parse(ReportPdfs.withText(List.of("Invoice 2026-11", "Total: 12.00 GBP",
                "Thank you for your custom"))))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("KIOREX LAB REPORT");
    }
}
