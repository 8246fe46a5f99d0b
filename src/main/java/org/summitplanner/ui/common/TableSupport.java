package org.summitplanner.ui.common;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.summitplanner.ui.common.Settings;

/** What every table of the app does alike: remembered column widths, columns as wide as their texts. */
public final class TableSupport {

    private TableSupport() {
    }

    /** Sorts a text column in the language's alphabetical order (Égypte among the E's), blanks last. */
    public static <S> void sortByLanguage(TableColumn<S, String> column, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        column.setComparator(Comparator.nullsLast(collator::compare));
    }

    /**
     * Restores each column's width from the settings and remembers it when the user changes it.
     * Columns are named by their fx:id; the table by {@code name}.
     */
    public static void rememberColumnWidths(TableView<?> table, Settings settings, String name) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() == null) {
                continue;
            }
            String key = "table." + name + "." + column.getId() + ".width";
            settings.getDouble(key).ifPresent(width -> column.setPrefWidth(width));
            column.widthProperty().addListener((obs, old, width) -> settings.putDouble(key, width.doubleValue()));
        }
    }

    /** What a table's vertical scroll bar may take of its width (modena: about 15 px). */
    private static final double SCROLL_BAR = 16;

    /**
     * Keeps {@code first} at least {@code firstMin} wide by letting {@code yielding} (a column fitted to its texts,
     * {@link #fitTexts}) give way below its whole width, down to {@code floor}, when the table is too narrow for
     * both: on a week-long summit in French at 1200x800 (a Day column) the whole kind left the title about 90 px,
     * and the title is what the list is read by. The yielding column's minimum follows the table's width and
     * its visible columns; call after {@link #fitTexts}.
     */
    public static void giveWay(TableView<?> table, TableColumn<?, ?> first, double firstMin,
                               TableColumn<?, ?> yielding, double floor) {
        double whole = yielding.getMinWidth();
        first.setMinWidth(firstMin);
        javafx.beans.InvalidationListener fit = o -> {
            double others = 0;
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                if (column != first && column != yielding) {
                    others += column.getMinWidth();
                }
            }
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR
                    - others - firstMin;
            yielding.setMinWidth(Math.max(floor, Math.min(whole, Math.floor(room))));
        };
        table.widthProperty().addListener(fit);
        table.getVisibleLeafColumns().addListener(fit);
        fit.invalidated(null);
    }

    /** A cell's padding and border around its text (modena: 0.166667em each side, a 1 px line), and some air. */
    private static final double CELL_INSETS = 12;

    /**
     * Keeps a column at least as wide as the widest of a fixed set of texts in the window's language (the
     * kinds of an agenda item: « Conférence de presse » is half as long again as "Press conference"), so
     * that a constrained table takes the room it needs from its other columns instead of cutting them.
     * {@code bold} for cells drawn in bold (the statuses). Call after {@link #rememberColumnWidths}: a width
     * remembered from before is never below it either.
     */
    public static void fitTexts(TableColumn<?, ?> column, Collection<String> texts, boolean bold) {
        Font font = Font.getDefault();
        Text measure = new Text();
        measure.setFont(bold ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()) : font);
        double widest = 0;
        for (String text : texts) {
            measure.setText(text);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double width = Math.ceil(widest + CELL_INSETS);
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
    }
}
