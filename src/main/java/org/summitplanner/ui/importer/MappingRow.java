package org.summitplanner.ui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.summitplanner.importing.ImportField;

/**
 * One column of the file in the mapping table: its header, a sample value, and the field it
 * holds (null: ignored). {@code byHand} tells a choice of the user from a recognised header.
 */
final class MappingRow {

    private final String header;
    private final String sample;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");
    private boolean byHand;

    MappingRow(String header, String sample, ImportField field, boolean byHand) {
        this.header = header;
        this.sample = sample;
        this.field.set(field);
        this.byHand = byHand;
    }

    String header() {
        return header;
    }

    String sample() {
        return sample;
    }

    ObjectProperty<ImportField> fieldProperty() {
        return field;
    }

    boolean byHand() {
        return byHand;
    }

    void choose(ImportField chosen) {
        byHand = true;
        field.set(chosen);
    }
}
