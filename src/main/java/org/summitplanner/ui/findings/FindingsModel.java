package org.summitplanner.ui.findings;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Loading;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The findings screen's state: the current summit's findings as rows, the filters (rule, severity,
 * nation, day, acknowledged ones), the grouping, the chosen finding, and acknowledging it. The findings
 * come from the context's live checks, so the screen follows every edit without being asked.
 */
public final class FindingsModel {

    /** How the list is grouped. */
    public enum Grouping { RULE, SEVERITY, NATION, DAY }

    /** A filter value and its words; a null value means "all". */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A heading of the list and the rows under it. */
    public record Group(String title, List<FindingRow> rows) {
    }

    private final Loading loading = new Loading();
    private boolean showing = true;
    /** A result came while the findings were not shown. */
    private boolean pending;
    private final ScreenContext context;
    private final ResourceBundle messages;
    private final FindingTexts texts;
    private final DateTimeFormatter dayFormat;
    private final Collator collator;

    private final List<FindingRow> all = new ArrayList<>();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Choice<Rule>> ruleChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Severity>> severityChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> nationChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<LocalDate>> dayChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Grouping>> groupings = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Rule>> rule = new SimpleObjectProperty<>(this, "rule");
    private final ObjectProperty<Choice<Severity>> severity = new SimpleObjectProperty<>(this, "severity");
    private final ObjectProperty<Choice<String>> nation = new SimpleObjectProperty<>(this, "nation");
    private final ObjectProperty<Choice<LocalDate>> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Choice<Grouping>> grouping = new SimpleObjectProperty<>(this, "grouping");
    private final BooleanProperty showAcknowledged = new SimpleBooleanProperty(this, "showAcknowledged", true);
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long shown;
    /** While a new result's choices are put in place: the filters' changes meanwhile regroup nothing. */
    private boolean settling;

    public FindingsModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.messages = messages;
        this.texts = new FindingTexts(messages, context.nations());
        // the English bundle is the root one: its locale is ROOT, which formats dates as "2025 Mar 11, Tue"
        Locale locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : messages.getLocale();
        this.collator = Collator.getInstance(locale);
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        ruleChoices.add(new Choice<>(null, messages.getString("findings.allRules")));
        for (Rule r : Rule.values()) {
            ruleChoices.add(new Choice<>(r, texts.texts().rule(r)));
        }
        severityChoices.add(new Choice<>(null, messages.getString("findings.allSeverities")));
        for (Severity s : Severity.values()) {
            severityChoices.add(new Choice<>(s, texts.texts().severity(s)));
        }
        for (Grouping g : Grouping.values()) {
            groupings.add(new Choice<>(g, messages.getString("findings.groupBy." + g.name())));
        }
        rule.set(ruleChoices.get(0));
        severity.set(severityChoices.get(0));
        grouping.set(groupings.get(0));
        nationChoices.add(new Choice<>(null, messages.getString("findings.allNations")));
        nation.set(nationChoices.get(0));
        dayChoices.add(new Choice<>(null, messages.getString("findings.allDays")));
        day.set(dayChoices.get(0));
        for (var p : List.of(rule, severity, nation, day, grouping)) {
            p.addListener((obs, old, now) -> regroupUnlessSettling());
        }
        showAcknowledged.addListener((obs, old, now) -> regroupUnlessSettling());
        context.checks().resultProperty().addListener((obs, old, check) -> {
            if (showing) {
                show(check);
            } else {
                pending = true;
            }
        });
        show(context.checks().resultProperty().get());
    }

    /** True while the screen reads what it shows. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /**
     * Whether the findings are on screen: while they are not, new results wait (at UN scale each costs
     * thousands of rows written and grouped) and the latest is shown when they come back.
     */
    public void setShowing(boolean now) {
        showing = now;
        if (now && pending) {
            pending = false;
            show(context.checks().resultProperty().get());
        }
    }

    /** Checks again now. */
    public void reload() {
        context.checks().refresh();
    }

    /** Words and names for thousands of findings (UN scale) are made off the FX thread; the latest check wins. */
    private void show(SummitCheck check) {
        long mine = ++shown;
        // no result yet: the checks are reading the summit
        loading.waiting(check == null && context.summit().get() != null);
        if (check == null) {
            showRows(null, List.of());
            return;
        }
        loading.run(context.background(), () -> texts.rows(check), rows -> {
            if (mine == shown) {
                showRows(check, rows);
            }
        }, this::failed);
    }

    private void showRows(SummitCheck check, List<FindingRow> rows) {
        all.clear();
        all.addAll(rows);
        // offer the nations and days that occur, keeping the chosen ones chosen
        TreeSet<String> codes = new TreeSet<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        all.forEach(r -> {
            codes.addAll(r.finding().nations());
            if (r.day() != null) {
                days.add(r.day());
            }
        });
        // replacing a filter's choices makes its box clear and choose again, each a change of the filter: at UN
        // scale each regroup sorts and shows thousands of rows, so the list is grouped once, after them all
        settling = true;
        try {
            settleChoices(codes, days);
        } finally {
            settling = false;
        }
        long errors = check == null ? 0 : check.open(Severity.ERROR);
        long warnings = check == null ? 0 : check.open(Severity.WARNING);
        long acknowledged = check == null ? 0 : check.acknowledged();
        summary.set(check == null ? messages.getString("findings.checking")
                : Messages.format(messages, "findings.summary", errors, warnings, acknowledged));
        regroup();
    }

    private void settleChoices(TreeSet<String> codes, TreeSet<LocalDate> days) {
        String chosenNation = nation.get() == null ? null : nation.get().value();
        LocalDate chosenDay = day.get() == null ? null : day.get().value();
        // one change each: a choice box rebuilds its menu on every change, and there are ~200 nations at UN scale
        List<Choice<String>> nationList = new ArrayList<>(List.of(nationChoices.get(0)));
        codes.forEach(c -> nationList.add(new Choice<>(c, texts.nationName(c) + " (" + c + ")")));
        if (!nationList.equals(nationChoices)) {
            nationChoices.setAll(nationList);
        }
        List<Choice<LocalDate>> dayList = new ArrayList<>(List.of(dayChoices.get(0)));
        days.forEach(d -> dayList.add(new Choice<>(d, dayFormat.format(d))));
        if (!dayList.equals(dayChoices)) {
            dayChoices.setAll(dayList);
        }
        nation.set(nationChoices.stream().filter(c -> c.value() != null && c.value().equals(chosenNation)).findFirst()
                .orElse(nationChoices.get(0)));
        day.set(dayChoices.stream().filter(c -> c.value() != null && c.value().equals(chosenDay)).findFirst()
                .orElse(dayChoices.get(0)));
    }

    private void regroupUnlessSettling() {
        if (!settling) {
            regroup();
        }
    }

    private void regroup() {
        FindingRow chosen = selected.get();
        Map<String, List<FindingRow>> byTitle = new LinkedHashMap<>();
        Grouping by = grouping.get() == null ? Grouping.RULE : grouping.get().value();
        List<FindingRow> shown = all.stream().filter(this::passes).sorted(order(by)).toList();
        for (FindingRow row : shown) {
            byTitle.computeIfAbsent(title(row, by), t -> new ArrayList<>()).add(row);
        }
        List<Group> built = new ArrayList<>();
        byTitle.forEach((title, rows) -> built.add(new Group(title, List.copyOf(rows))));
        groups.setAll(built);
        // the same finding (rule and subject) stays chosen across a new check, even if its facts moved
        selected.set(chosen == null ? null : shown.stream()
                .filter(r -> r.finding().rule() == chosen.finding().rule()
                        && r.finding().subject().equals(chosen.finding().subject()))
                .findFirst().orElse(null));
    }

    private boolean passes(FindingRow row) {
        return (rule.get() == null || rule.get().value() == null || row.finding().rule() == rule.get().value())
                && (severity.get() == null || severity.get().value() == null
                    || row.finding().severity() == severity.get().value())
                && (nation.get() == null || nation.get().value() == null
                    || row.finding().nations().contains(nation.get().value()))
                && (day.get() == null || day.get().value() == null || day.get().value().equals(row.day()))
                && (showAcknowledged.get() || !row.acknowledged());
    }

    private Comparator<FindingRow> order(Grouping by) {
        Function<FindingRow, Integer> severityRank = r -> r.finding().severity().ordinal();
        Comparator<FindingRow> within = Comparator.comparing(severityRank)
                .thenComparing(r -> r.finding().rule())
                .thenComparing(r -> r.day() == null ? LocalDate.MAX : r.day())
                .thenComparing(FindingRow::message);
        return switch (by) {
            case RULE -> Comparator.comparing((FindingRow r) -> r.finding().rule()).thenComparing(within);
            case SEVERITY -> within;
            case NATION -> Comparator.comparing((FindingRow r) -> r.finding().nations().isEmpty())
                    .thenComparing(r -> r.finding().nations().isEmpty() ? "" : texts.nationName(r.finding().nations().get(0)),
                            collator)
                    .thenComparing(within);
            case DAY -> Comparator.comparing((FindingRow r) -> r.day() == null ? LocalDate.MAX : r.day())
                    .thenComparing(within);
        };
    }

    private String title(FindingRow row, Grouping by) {
        return switch (by) {
            case RULE -> row.rule();
            case SEVERITY -> row.severity();
            case NATION -> row.finding().nations().isEmpty() ? messages.getString("findings.noNation")
                    : texts.nationName(row.finding().nations().get(0));
            case DAY -> row.day() == null ? messages.getString("findings.noDay") : dayFormat.format(row.day());
        };
    }

    public void select(FindingRow row) {
        selected.set(row);
    }

    /** Goes to the first thing the finding involves, in its editor. */
    public void goTo(FindingRow row) {
        if (row != null && !row.targets().isEmpty()) {
            goTo(row.targets().get(0));
        }
    }

    public void goTo(FindingRow.Target target) {
        context.navigator().show(target.screen(), target.what());
    }

    /** Acknowledges the chosen finding as it stands now; a blank reason is refused. */
    public void acknowledge(String reason) {
        FindingRow row = selected.get();
        if (row == null || reason == null || reason.isBlank()) {
            return;
        }
        long summitId = context.summitId();
        context.background().run(() -> context.services().checks().acknowledge(summitId, row.finding(), reason.strip()),
                done -> context.checks().refresh(), this::failed);
    }

    /** Withdraws the chosen finding's acknowledgement. */
    public void withdraw() {
        FindingRow row = selected.get();
        if (row == null || !row.acknowledged()) {
            return;
        }
        context.background().run(() -> {
            context.services().checks().withdraw(row.checked().acknowledgement());
            return row;
        }, done -> context.checks().refresh(), this::failed);
    }

    private void failed(Throwable error) {
        summary.set(Messages.format(messages, "findings.failed",
                Messages.problem(messages, error)));
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    /** Every row that passes the filters, in the order shown. */
    public List<FindingRow> shownRows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public ObservableList<Choice<Rule>> ruleChoices() {
        return ruleChoices;
    }

    public ObservableList<Choice<Severity>> severityChoices() {
        return severityChoices;
    }

    public ObservableList<Choice<String>> nationChoices() {
        return nationChoices;
    }

    public ObservableList<Choice<LocalDate>> dayChoices() {
        return dayChoices;
    }

    public ObservableList<Choice<Grouping>> groupings() {
        return groupings;
    }

    public ObjectProperty<Choice<Rule>> ruleProperty() {
        return rule;
    }

    public ObjectProperty<Choice<Severity>> severityProperty() {
        return severity;
    }

    public ObjectProperty<Choice<String>> nationProperty() {
        return nation;
    }

    public ObjectProperty<Choice<LocalDate>> dayProperty() {
        return day;
    }

    public ObjectProperty<Choice<Grouping>> groupingProperty() {
        return grouping;
    }

    public BooleanProperty showAcknowledgedProperty() {
        return showAcknowledged;
    }

    public ObjectProperty<FindingRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
