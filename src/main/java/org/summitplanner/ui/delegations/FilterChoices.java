package org.summitplanner.ui.delegations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A filter drop-down whose first entry, the empty string, means "all". */
final class FilterChoices {

    private FilterChoices() {
    }

    static StringConverter<String> converter(Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value == null ? "" : value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }

    /** Puts "all" and the values in the drop-down, keeping the choice if it is still there. */
    static void refill(ComboBox<String> box, List<String> values) {
        String current = box.getValue();
        List<String> items = new ArrayList<>(values.size() + 1);
        items.add("");
        items.addAll(values);
        box.getItems().setAll(items);
        box.setValue(current != null && items.contains(current) ? current : "");
    }

    /** Keeps the drop-down and the model's filter (null meaning "all") in step. */
    static <T> void bind(ComboBox<String> box, ObjectProperty<T> filter, Function<String, T> parse,
                         Function<T, String> format) {
        box.setValue(filter.get() == null ? "" : format.apply(filter.get()));
        box.valueProperty().addListener((obs, old, value) -> filter.set(value == null || value.isEmpty() ? null
                : parse.apply(value)));
        filter.addListener((obs, old, value) -> box.setValue(value == null ? "" : format.apply(value)));
    }
}
