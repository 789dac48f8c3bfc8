package com.kiorex.prescriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.prescriptions.entity.PrescriptionFixtures;
import com.kiorex.prescriptions.entity.PrescriptionItem;
import com.kiorex.prescriptions.entity.Route;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is read back with PDFBox's text extraction, as a pharmacy's software or a screen reader would. */
class PrescriptionPdfTest {

    private static final String CODE = "ABCD-EFGH-IJKL-MNOP-QRST";

    private static PrintedPrescription printed(List<PrescriptionItem> items, String patientName) {
        return new PrintedPrescription("Gregory House", patientName, LocalDate.parse("1985-05-20"),
                PrescriptionFixtures.ISSUE_DAY, PrescriptionFixtures.EXPIRY, items, CODE,
                "https://kiorex.example/api/public/prescriptions/verify/" + CODE);
    }

    @Test
    void pdf_showsPrescriberPatientDatesItemsCodeAndCheckUrl() throws IOException {
        byte[] pdf = PrescriptionPdf.render(printed(List.of(PrescriptionFixtures.paracetamol()), "Alice Anders"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Prescription", "Prescriber: Gregory House", "Patient: Alice Anders, born 1985-05-20",
                    "Issued: 2026-11-22", "Valid until: 2026-12-22", "1. Paracetamol 500 mg (ATC N02BE01)",
                    "Dose: 1 tablet, oral use, every 6 hours as needed, for 5 days", "Quantity: 20 tablet",
                    "Instructions: Not more than 4 tablets a day", "Verification code: " + CODE,
                    "https://kiorex.example/api/public/prescriptions/verify/" + CODE);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Prescription");
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void manyItems_flowOntoMorePages_andNothingIsLost() throws IOException {
        PrescriptionItem item = new PrescriptionItem(new PrescriptionItem.Medicine("Amoxicillin", "J01CA04", "250 mg"),
                new PrescriptionItem.Dosage("2 capsules", Route.ORAL, "three times a day", 7),
                new PrescriptionItem.Supply(42, "capsule"), "Take with food. ".repeat(30));
        byte[] pdf = PrescriptionPdf.render(printed(Collections.nCopies(20, item), "Alice Anders"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("20. Amoxicillin 250 mg", "Verification code: " + CODE);
        }
    }

    @Test
    void charactersTheStandardFontLacks_printAsQuestionMarks_insteadOfFailing() throws IOException {
        byte[] pdf = PrescriptionPdf.render(printed(List.of(PrescriptionFixtures.paracetamol()), "Zoë Łukasz 王"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Patient: Zoë ?ukasz ?");
        }
    }
}
