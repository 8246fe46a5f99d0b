package org.summitplanner.ui.seating;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Role;
import org.summitplanner.ui.common.Messages;

/**
 * The summit's badge categories (labels in English and French, colour, access zone) and each delegation's
 * quota of each category. Answers the edited scheme, or nothing when cancelled; OK is refused, with the
 * reason shown, while a value is wrong. Categories are added and removed here; a category's code is given
 * when it is added and stays (what refers to it would otherwise point nowhere).
 */
final class BadgesDialog extends Dialog<BadgeScheme> {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** A category as edited; {@code original} is its code as stored, null for one added here. */
    static final class CategoryRow {
        final String original;
        final StringProperty code = new SimpleStringProperty();
        final StringProperty labelEn = new SimpleStringProperty();
        final StringProperty labelFr = new SimpleStringProperty();
        final StringProperty colour = new SimpleStringProperty();
        final StringProperty zone = new SimpleStringProperty();

        CategoryRow(BadgeCategory c) {
            original = c == null ? null : c.code();
            if (c != null) {
                code.set(c.code());
                labelEn.set(c.labelEn());
                labelFr.set(c.labelFr());
                colour.set(c.colour());
                zone.set(c.accessZone());
            } else {
                colour.set("#607D8B");
            }
        }
    }

    /** One delegation's quotas, by category row; a blank quota has no limit. */
    static final class QuotaRow {
        final String nation;
        final Map<CategoryRow, StringProperty> quotas = new IdentityHashMap<>();

        QuotaRow(String nation) {
            this.nation = nation;
        }

        StringProperty quota(CategoryRow category) {
            return quotas.computeIfAbsent(category, k -> new SimpleStringProperty());
        }
    }

    private final BadgeScheme before;
    private final Function<String, String> nationName;
    private final ResourceBundle messages;
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ObservableList<QuotaRow> quotas = FXCollections.observableArrayList();
    private final TableView<QuotaRow> quotaTable = new TableView<>(quotas);
    private final Label error = new Label();

    /**
     * @param delegations the nation codes whose quotas are shown, in order of precedence
     * @param nationName a nation's name in the dialog's language
     * @param notTakingPart who gets cards although their delegation is not taking part; null for nobody
     * @param takingPartOnly whether badges and tent cards leave them out: the dialog's checkbox sets it
     */
    BadgesDialog(Window owner, BadgeScheme scheme, List<String> delegations, Function<String, String> nationName,
                 ResourceBundle messages, String notTakingPart, javafx.beans.property.BooleanProperty takingPartOnly) {
        this.before = scheme;
        this.nationName = nationName;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.getString("badges.title"));
        setResizable(true);
        for (BadgeCategory c : scheme.categories()) {
            categories.add(new CategoryRow(c));
        }
        for (String nation : delegations) {
            QuotaRow row = new QuotaRow(nation);
            Map<String, Integer> of = scheme.quotas().getOrDefault(nation, Map.of());
            for (CategoryRow c : categories) {
                Integer q = of.get(c.original);
                row.quota(c).set(q == null ? null : String.valueOf(q));
            }
            quotas.add(row);
        }

        TableView<CategoryRow> categoryTable = new TableView<>(categories);
        categoryTable.setId("categories");
        categoryTable.setEditable(true);
        categoryTable.setPrefHeight(190);
        categoryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CategoryRow, String> code = textColumn("badges.code", r -> r.code, 110);
        code.setCellFactory(column -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void startEdit() {
                CategoryRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.original == null) {
                    super.startEdit();
                }
            }
        });
        TableColumn<CategoryRow, String> colour = new TableColumn<>(messages.getString("badges.colour"));
        colour.setPrefWidth(120);
        colour.setCellValueFactory(f -> f.getValue().colour);
        colour.setCellFactory(column -> new ColourCell());
        categoryTable.getColumns().add(code);
        categoryTable.getColumns().add(textColumn("badges.labelEn", r -> r.labelEn, 170));
        categoryTable.getColumns().add(textColumn("badges.labelFr", r -> r.labelFr, 170));
        categoryTable.getColumns().add(colour);
        categoryTable.getColumns().add(textColumn("badges.zone", r -> r.zone, 120));

        Button add = new Button(messages.getString("badges.add"));
        add.setId("addCategory");
        add.setOnAction(e -> {
            CategoryRow row = new CategoryRow(null);
            categories.add(row);
            categoryTable.getSelectionModel().select(row);
            categoryTable.edit(categories.size() - 1, code);
        });
        Button remove = new Button(messages.getString("badges.remove"));
        remove.setId("removeCategory");
        remove.disableProperty().bind(categoryTable.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.size(categories).lessThan(2)));
        remove.setOnAction(e -> categories.remove(categoryTable.getSelectionModel().getSelectedItem()));

        quotaTable.setId("quotas");
        quotaTable.setEditable(true);
        quotaTable.setPrefHeight(260);
        quotaTable.setPlaceholder(new Label(messages.getString("badges.noDelegations")));
        TableColumn<QuotaRow, String> nation = new TableColumn<>(messages.getString("badges.delegation"));
        nation.setCellValueFactory(f -> new SimpleStringProperty(nationName.apply(f.getValue().nation)));
        nation.setPrefWidth(200);
        nation.setEditable(false);
        quotaTable.getColumns().add(nation);
        categories.addListener((ListChangeListener<CategoryRow>) c -> quotaColumns());
        quotaColumns();

        Label categoriesTitle = new Label(messages.getString("badges.categories"));
        categoriesTitle.getStyleClass().add("section-title");
        Label quotasTitle = new Label(messages.getString("badges.quotas"));
        quotasTitle.getStyleClass().add("section-title");
        Label hint = new Label(messages.getString("badges.hint"));
        hint.setWrapText(true);
        error.setId("badgesError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox content = new VBox(6, categoriesTitle, categoryTable, new HBox(6, add, remove), quotasTitle, hint,
                quotaTable, error);
        if (notTakingPart != null) {
            Label outsiders = new Label(notTakingPart);
            outsiders.setId("notTakingPart");
            outsiders.setWrapText(true);
            outsiders.getStyleClass().add("print-warning");
            CheckBox leaveOut = new CheckBox(messages.getString("badges.takingPartOnly"));
            leaveOut.setId("takingPartOnly");
            leaveOut.setSelected(takingPartOnly.get());
            // a print option, not part of the scheme: it holds for the next badges and tent cards, OK or not
            leaveOut.selectedProperty().addListener((obs, old, now) -> takingPartOnly.set(now));
            content.getChildren().addAll(outsiders, leaveOut);
        }
        content.setPadding(new Insets(4));
        VBox.setVgrow(quotaTable, Priority.ALWAYS);
        content.setPrefWidth(760);

        DialogPane pane = getDialogPane();
        pane.setContent(content);
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.setHeaderText(messages.getString("badges.header"));
        Node ok = pane.lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                build();
                error.setText("");
            } catch (IllegalArgumentException wrong) {
                error.setText(wrong.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? build() : null);
    }

    private TableColumn<CategoryRow, String> textColumn(String key, Function<CategoryRow, StringProperty> field,
                                                        double width) {
        TableColumn<CategoryRow, String> column = new TableColumn<>(messages.getString(key));
        column.setId(key.substring("badges.".length()));
        column.setCellValueFactory(f -> field.apply(f.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> field.apply(e.getRowValue()).set(e.getNewValue()));
        column.setPrefWidth(width);
        return column;
    }

    /** One quota column per category, headed by its code, in the categories' order. */
    private void quotaColumns() {
        quotaTable.getColumns().remove(1, quotaTable.getColumns().size());
        for (CategoryRow category : categories) {
            TableColumn<QuotaRow, String> column = new TableColumn<>();
            column.textProperty().bind(category.code);
            column.setUserData(category);
            column.setCellValueFactory(f -> f.getValue().quota(category));
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> e.getRowValue().quota(category).set(e.getNewValue()));
            column.setPrefWidth(95);
            quotaTable.getColumns().add(column);
        }
    }

    /**
     * The scheme as edited. Role defaults and attendees' own categories that named a removed category are
     * dropped (they fall back to the role's, then the first category), so the scheme never names a category
     * it does not have.
     *
     * @throws IllegalArgumentException naming the first wrong value
     */
    BadgeScheme build() {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(messages.getString("badges.error.none"));
        }
        List<BadgeCategory> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryRow row = categories.get(i);
            String code = trim(row.code.get());
            String where = Messages.format(messages, "badges.error.row", i + 1);
            if (code == null) {
                throw new IllegalArgumentException(where + messages.getString("badges.error.code"));
            }
            if (code.length() > 40 || !codes.add(code)) {
                throw new IllegalArgumentException(where + Messages.format(messages, "badges.error.codeTaken", code));
            }
            if (trim(row.labelEn.get()) == null) {
                throw new IllegalArgumentException(where + messages.getString("badges.error.label"));
            }
            if (row.colour.get() == null || !COLOUR.matcher(row.colour.get()).matches()) {
                throw new IllegalArgumentException(where + messages.getString("badges.error.colour"));
            }
            if (length(row.labelEn.get()) > 100 || length(row.labelFr.get()) > 100 || length(row.zone.get()) > 100) {
                throw new IllegalArgumentException(where + messages.getString("badges.error.long"));
            }
            out.add(new BadgeCategory(code, row.labelEn.get().strip(), trim(row.labelFr.get()),
                    row.colour.get(), trim(row.zone.get())));
        }
        Map<Role, String> roles = new EnumMap<>(Role.class);
        before.roleDefaults().forEach((role, code) -> {
            if (codes.contains(code)) {
                roles.put(role, code);
            }
        });
        Map<Long, String> own = new HashMap<>();
        before.attendeeCategories().forEach((id, code) -> {
            if (codes.contains(code)) {
                own.put(id, code);
            }
        });
        Map<String, Map<String, Integer>> limits = new LinkedHashMap<>();
        Set<String> shown = new HashSet<>();
        for (QuotaRow row : quotas) {
            shown.add(row.nation);
            for (CategoryRow category : categories) {
                String text = trim(row.quota(category).get());
                if (text == null) {
                    continue;
                }
                int quota;
                try {
                    quota = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    quota = -1;
                }
                if (quota < 0 || quota > 100_000) {
                    throw new IllegalArgumentException(Messages.format(messages, "badges.error.quota", nationName.apply(row.nation),
                            trim(category.code.get()), text));
                }
                limits.computeIfAbsent(row.nation, k -> new LinkedHashMap<>()).put(trim(category.code.get()), quota);
            }
        }
        // quotas of nations not listed here (no longer taking part) are kept as they were
        before.quotas().forEach((nation, byCategory) -> {
            if (!shown.contains(nation)) {
                byCategory.forEach((code, quota) -> {
                    if (codes.contains(code)) {
                        limits.computeIfAbsent(nation, k -> new LinkedHashMap<>()).put(code, quota);
                    }
                });
            }
        });
        return new BadgeScheme(out, roles, own, before.attendeeZones(), limits);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    /** The colour as a picker showing the swatch; a choice is stored as #RRGGBB. */
    private static final class ColourCell extends TableCell<CategoryRow, String> {
        private final ColorPicker picker = new ColorPicker();
        /** True while the cell shows a row's colour: the picker reports that as a choice too. */
        private boolean showing;

        ColourCell() {
            picker.setOnAction(e -> {
                CategoryRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !showing) {
                    Color c = picker.getValue();
                    row.colour.set(String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                            Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
                }
            });
        }

        @Override
        protected void updateItem(String colour, boolean empty) {
            super.updateItem(colour, empty);
            if (empty || colour == null) {
                setGraphic(null);
            } else {
                showing = true;
                try {
                    picker.setValue(COLOUR.matcher(colour).matches() ? Color.web(colour) : Color.GRAY);
                } finally {
                    showing = false;
                }
                setGraphic(picker);
            }
        }
    }
}
