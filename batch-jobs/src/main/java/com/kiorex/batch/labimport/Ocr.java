package com.kiorex.batch.labimport;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import net.sourceforge.tess4j.util.ImageIOHelper;

/**
 * Tesseract through Tess4J, fed raw 8-bit gray pixels: Debian's Leptonica (1.82) is older than the one
 * Tess4J 5.20 binds, and its image path fails with {@code UnsatisfiedLinkError} (STACK-NOTES "OCR and PDF").
 * Tessdata from {@code TESSDATA_PREFIX}, else Debian's folder. One instance per thread.
 */
final class Ocr {

    static final List<String> TESSDATA = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata");

    private final Tesseract tesseract = new Tesseract();

    Ocr() {
        tesseract.setDatapath(datapath());
        tesseract.setLanguage("eng");
        tesseract.setPageSegMode(6);
        tesseract.setVariable("user_defined_dpi", "300");
    }

    String read(BufferedImage page) throws TesseractException {
        BufferedImage gray = page.getType() == BufferedImage.TYPE_BYTE_GRAY ? page : toGray(page);
        ByteBuffer pixels = ImageIOHelper.convertImageData(gray);
        return tesseract.doOCR(gray.getWidth(), gray.getHeight(), pixels, 8, null, null);
    }

    static boolean available() {
        return Files.isDirectory(Path.of(datapath())) && Files.exists(Path.of(datapath(), "eng.traineddata"));
    }

    private static String datapath() {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return TESSDATA.stream().filter(p -> Files.isDirectory(Path.of(p))).findFirst().orElse(TESSDATA.get(0));
    }

    private static BufferedImage toGray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(image, 0, 0, null);
        return gray;
    }
}
