package org.summitplanner.ui.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.summitplanner.printing.PageCanvas;
import org.summitplanner.printing.PrintLayout;
import org.summitplanner.printing.Style;
import org.summitplanner.printing.text.Face;
import org.summitplanner.printing.text.TextLayout;
import org.summitplanner.printing.text.TextLine;

/**
 * Draws a laid-out page as JavaFX shapes, for the preview and for the printer: the same pages the
 * PDF has, each line cut into the same font runs at the same places, each run in the same font
 * file (Liberation Sans from the PDFBox jar, the system's Noto fonts for other scripts), so the line
 * breaks the paginator measured are the ones shown and printed. JavaFX orders and joins the
 * characters of a run itself (right to left, Arabic forms, Devanagari conjuncts). Nodes are built
 * outside any scene, which JavaFX allows on any thread.
 */
final class FxPageCanvas implements PageCanvas {

    /** The JavaFX family of each font file, loaded into JavaFX once. */
    private static final Map<Face, String> FAMILIES = new ConcurrentHashMap<>();

    private final Group group = new Group();
    private final float height;
    private final TextLayout layout;

    private FxPageCanvas(float width, float height, TextLayout layout) {
        this.height = height;
        this.layout = layout;
        Rectangle paper = new Rectangle(width, height, Color.WHITE);
        group.getChildren().add(paper);
    }

    /** Page {@code index} of the layout as a node of its size in points. */
    static Node page(PrintLayout layout, int index) {
        FxPageCanvas canvas = new FxPageCanvas(layout.width(), layout.height(), layout.textLayout());
        try {
            layout.draw(index, canvas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return canvas.group;
    }

    /** The family JavaFX knows the face by, loading its file first. */
    static String family(Face face) {
        return FAMILIES.computeIfAbsent(face, FxPageCanvas::load);
    }

    private static String load(Face face) {
        try {
            if (face.resource() != null) {
                try (InputStream in = PrintLayout.class.getResourceAsStream(face.resource())) {
                    Font font = in == null ? null : Font.loadFont(in, 10);
                    return font != null ? font.getFamily() : "SansSerif";
                }
            }
            String url = face.file().toUri().toString();
            String wanted = face.family();
            if (face.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                Font[] fonts = Font.loadFonts(url, 10);
                if (fonts != null) {
                    for (Font font : fonts) {
                        if (font.getFamily().equalsIgnoreCase(wanted)) {
                            return font.getFamily();
                        }
                    }
                }
                return wanted;
            }
            Font font = Font.loadFont(url, 10);
            return font != null ? font.getFamily() : wanted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, Style style, float size, float x, float baseline) {
        TextLine line = layout.line(text);
        for (TextLine.Run run : line.runs()) {
            // JavaFX orders and shapes a run itself: give it the run as read, except what no font has
            Text node = new Text(x + run.x() * size / 1000f, height - baseline, run.missing() ? run.visual() : run.logical());
            node.setFont(Font.font(family(run.face()), size));
            Color colour = Color.gray(style.grey());
            node.setFill(colour);
            if (style.bold()) {
                // as in the PDF: the fonts have no bold face here, so the outlines are stroked
                node.setStroke(colour);
                node.setStrokeWidth(size * 0.04);
            }
            group.getChildren().add(node);
        }
    }

    @Override
    public void rule(float x1, float x2, float y, float grey, float width) {
        Line line = new Line(x1, height - y, x2, height - y);
        line.setStroke(Color.gray(grey));
        line.setStrokeWidth(width);
        group.getChildren().add(line);
    }

    @Override
    public void fill(float x, float y, float width, float h, float grey) {
        Rectangle rectangle = new Rectangle(x, height - y - h, width, h);
        rectangle.setFill(Color.gray(grey));
        group.getChildren().add(rectangle);
    }
}
