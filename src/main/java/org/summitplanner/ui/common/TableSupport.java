package org.summitplanner.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.summitplanner.ui.common.Settings;

/** What every table of the app does alike: remembered column widths. */
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
}
