package org.summitplanner.ui.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * Draws a laid-out page as JavaFX shapes, for the preview and for the printer: the same pages the
 * PDF has, in the same font (Liberation Sans, loaded from the PDFBox jar), so the line breaks the
 * paginator measured are the ones shown and printed. Nodes are built outside any scene, which
 * JavaFX allows on any thread.
 */
final class FxPageCanvas implements PageCanvas {

    private static String family;

    private final Group group = new Group();
    private final float height;

    private FxPageCanvas(float width, float height) {
        this.height = height;
        Rectangle paper = new Rectangle(width, height, Color.WHITE);
        group.getChildren().add(paper);
    }

    /** Page {@code index} of the layout as a node of its size in points. */
    static Node page(PrintLayout layout, int index) {
        FxPageCanvas canvas = new FxPageCanvas(layout.width(), layout.height());
        try {
            layout.draw(index, canvas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return canvas.group;
    }

    private static synchronized String family() {
        if (family == null) {
            try (InputStream in = PrintLayout.class.getResourceAsStream(PrintLayout.FONT_RESOURCE)) {
                Font font = in == null ? null : Font.loadFont(in, 10);
                family = font != null ? font.getFamily() : "SansSerif";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return family;
    }

    @Override
    public void text(String text, Style style, float size, float x, float baseline) {
        Text node = new Text(x, height - baseline, text);
        node.setFont(Font.font(family(), size));
        Color colour = Color.gray(style.grey());
        node.setFill(colour);
        if (style.bold()) {
            // as in the PDF: the font has no bold face, so the outlines are stroked
            node.setStroke(colour);
            node.setStrokeWidth(size * 0.04);
        }
        group.getChildren().add(node);
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
