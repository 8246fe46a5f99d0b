package org.summitplanner.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector rectangles (one per run of dark modules in a row), so it stays sharp at
 * any print resolution and adds no image to the PDF.
 */
final class QrCode {

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** The code of a text (UTF-8, error correction M, the standard quiet zone of 4 modules). */
    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode \"" + text + "\" as a QR code: " + e.getMessage(), e);
        }
    }

    /** Modules across, quiet zone included. */
    int size() {
        return modules.getWidth();
    }

    /** Draws the code in black on white in a square whose bottom-left corner is (x, y). */
    void draw(PDPageContentStream c, float x, float y, float side) throws IOException {
        int n = modules.getWidth();
        float m = side / n;
        c.setNonStrokingColor(1f);
        c.addRect(x, y, side, side);
        c.fill();
        c.setNonStrokingColor(0f);
        for (int row = 0; row < n; row++) {
            float top = y + side - row * m;
            int col = 0;
            while (col < n) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row)) {
                    col++;
                }
                // a hair taller than the module, so that anti-aliased viewers show no seams between rows
                c.addRect(x + start * m, top - m - 0.01f, (col - start) * m, m + 0.02f);
            }
        }
        c.fill();
    }
}
