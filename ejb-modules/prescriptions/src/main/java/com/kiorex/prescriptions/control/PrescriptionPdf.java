package com.kiorex.prescriptions.control;

import com.kiorex.prescriptions.entity.PrescriptionItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a prescription as an A4 text PDF (so it can be read back, searched and read aloud):
 * prescriber, patient, dates, one block per item, the verification code and where to check it.
 * Long text wraps, and more items than fit go on further pages. The document's metadata carries no PHI.
 */
public final class PrescriptionPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PrescriptionPdf() {
    }

    public static byte[] render(PrintedPrescription p) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Prescription");
            document.getDocumentInformation().setCreator("Kiorex");
            try (Writer writer = new Writer(document)) {
                writer.line(BOLD, 18, "Prescription");
                writer.gap();
                writer.line(REGULAR, 11, "Prescriber: " + p.prescriberName());
                writer.line(REGULAR, 11, "Patient: " + p.patientName() + ", born " + p.patientBirthDate());
                writer.line(REGULAR, 11, "Issued: " + p.issuedOn() + "    Valid until: " + p.expiresOn());
                writer.gap();
                int number = 1;
                for (PrescriptionItem item : p.items()) {
                    item(writer, number++, item);
                }
                writer.gap();
                writer.line(BOLD, 12, "Verification code: " + p.verificationCode());
                writer.line(REGULAR, 9, "Check at: " + p.verificationUrl());
                writer.line(REGULAR, 9, "The check shows only whether the prescription is valid, dispensed, "
                        + "cancelled or expired, its issue date and the prescriber.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the prescription", e);
        }
    }

    private static void item(Writer writer, int number, PrescriptionItem item) throws IOException {
        String title = number + ". " + item.medicineName() + (item.strength() == null ? "" : " " + item.strength())
                + (item.atcCode() == null ? "" : " (ATC " + item.atcCode() + ")");
        writer.line(BOLD, 11, title);
        writer.line(REGULAR, 10, "Dose: " + item.dose() + ", " + item.route().display().toLowerCase()
                + ", " + item.frequency() + ", for " + item.durationDays() + " day" + (item.durationDays() == 1 ? "" : "s"));
        writer.line(REGULAR, 10, "Quantity: " + item.quantity() + " " + item.quantityUnit());
        if (item.instructions() != null) {
            writer.line(REGULAR, 10, "Instructions: " + item.instructions());
        }
        writer.gap();
    }

    /** Writes wrapped lines top to bottom, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {

        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(PDFont font, float size, String text) throws IOException {
            for (String wrapped : wrap(font, size, printable(font, text))) {
                float leading = size * 1.4f;
                if (y - leading < MARGIN) {
                    content.close();
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(wrapped);
                content.endText();
            }
        }

        void gap() {
            y -= 8;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    static List<String> wrap(PDFont font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The standard fonts cover WinAnsi only: other characters print as '?', control characters as spaces. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
                return;
            }
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
