package com.kiorex.batch.labimport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import net.sourceforge.tess4j.TesseractException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF lab report in the Kiorex layout ({@link ReportLayout}). With a text layer it is read exactly
 * (PDFBox); without one (a scan) each page is rendered at 300 dpi gray and read by OCR, and every
 * item is marked as read by OCR, so that values failing their checks go to review.
 */
public class PdfResultParser implements ResultParser {

    static final int DPI = 300;
    /** Fewer visible characters than this and the PDF is taken for a scan. */
    static final int MIN_TEXT = 20;

    @Override
    public List<ParsedItem> parse(byte[] content) throws UnreadableFile {
        try (PDDocument pdf = load(content)) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.replaceAll("\\s", "").length() >= MIN_TEXT) {
                return ReportLayout.parse(text, false);
            }
            return ReportLayout.parse(ocr(pdf), true);
        } catch (IOException e) {
            throw new UnreadableFile("the PDF could not be read: " + e.getClass().getSimpleName());
        }
    }

    private static PDDocument load(byte[] content) throws UnreadableFile {
        try {
            return Loader.loadPDF(content);
        } catch (IOException e) {
            throw new UnreadableFile("not a PDF, or a damaged one");
        }
    }

    private static String ocr(PDDocument pdf) throws IOException, UnreadableFile {
        if (!Ocr.available()) {
            throw new UnreadableFile("the PDF has no text layer and OCR (tesseract-ocr-eng) is not installed");
        }
        Ocr ocr = new Ocr();
        PDFRenderer renderer = new PDFRenderer(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
            try {
                text.append(ocr.read(image)).append('\n');
            } catch (TesseractException e) {
                throw new UnreadableFile("OCR failed on page " + (page + 1));
            }
        }
        return text.toString();
    }
}
