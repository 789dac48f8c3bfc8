package com.kiorex.batch.labimport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lab report PDFs in the Kiorex layout: with a text layer, or scanned (text rendered to an image only). */
public final class ReportPdfs {

    private ReportPdfs() {
    }

    public static List<String> report(String patient, String order, String sex, String born, String collected,
                                      List<String> results) {
        List<String> lines = new java.util.ArrayList<>(List.of("KIOREX LAB REPORT", "Patient: " + patient,
                "Order: " + order, "Sex: " + sex, "Born: " + born, "Collected: " + collected, ""));
        lines.addAll(results);
        return lines;
    }

    public static byte[] withText(List<String> lines) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), 10);
                text.setLeading(14);
                text.newLineAtOffset(50, 780);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a scanner makes it: one image per page at 300 dpi, no text layer. */
    public static byte[] scanned(List<String> lines) {
        int width = 2480;
        int height = 3508;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 56));
        int y = 250;
        for (String line : lines) {
            g.drawString(line, 200, y);
            y += 70;
        }
        g.dispose();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(pdf, image);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
