package org.summitplanner.importing;

import java.nio.charset.StandardCharsets;

/**
 * What a file is by its first bytes, whatever its name says: a workbook, a text table, or
 * something that is not a table at all (an image renamed .csv).
 */
enum FileKind {
    XLSX, TEXT, BINARY;

    /** The message key describing a binary file by its signature ("kind.png"), or null when unknown. */
    static String describe(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
            return "kind.png";
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return "kind.jpeg";
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8')) {
            return "kind.gif";
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return "kind.pdf";
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "kind.xls";
        }
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            return "kind.zip";
        }
        if (startsWith(head, length, 0x1F, 0x8B)) {
            return "kind.gzip";
        }
        if (startsWith(head, length, 0x7F, 'E', 'L', 'F')) {
            return "kind.program";
        }
        return null;
    }

    /**
     * A text that starts with "{" (after a UTF-8 byte order mark and blanks): a JSON object, such as a summit
     * file given to the import by mistake. No attendee list's header starts so.
     */
    static boolean looksLikeJson(byte[] head, int length) {
        int i = startsWith(head, length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && head[i] == '{';
    }

    static FileKind of(byte[] head, int length) {
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            // an .xlsx is a zip with the workbook part; other zips (.docx, .zip) are refused as binary
            String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
            return text.contains("xl/") || text.contains("[Content_Types].xml") ? XLSX : BINARY;
        }
        if (Encodings.bom(head, length) != null) {
            return TEXT;
        }
        if (describe(head, length) != null) {
            return BINARY;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return BINARY;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                control++;
            }
        }
        // text tables hold almost no control characters; a few stray ones are forgiven
        return control > Math.max(4, length / 100) ? BINARY : TEXT;
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
