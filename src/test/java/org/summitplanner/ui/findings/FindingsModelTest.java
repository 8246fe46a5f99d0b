package org.summitplanner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.TimeRange;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.Severity;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Messages;

/** The findings screen's model on the demo: groups, filters, and following the edits. */
class FindingsModelTest extends ModelTestSupport {

    private FindingsModel model() throws Exception {
        ResourceBundle messages = Messages.forScreen("findings", context.messages());
        FindingsModel model = fx(() -> new FindingsModel(context, messages));
        waitUntil(() -> model.shownRows().size() == 10);
        return model;
    }

    private static List<String> titles(FindingsModel model) {
        return model.groups().stream().map(FindingsModel.Group::title).toList();
    }

    @Test
    void groupedByRuleInTheRulesOrderThenBySeverityNationOrDay() throws Exception {
        FindingsModel model = model();
        assertEquals(List.of("Attendee double-booked", "Room over capacity", "Uninvited delegation",
                "Invitation unanswered", "Too little travel time", "Press in a closed session"), fx(() -> titles(model)));

        fx(() -> model.groupingProperty().set(model.groupings().get(FindingsModel.Grouping.SEVERITY.ordinal())));
        assertEquals(List.of("Error", "Warning"), fx(() -> titles(model)));
        assertEquals(4, fx(() -> model.groups().get(0).rows().size()));

        fx(() -> model.groupingProperty().set(model.groupings().get(FindingsModel.Grouping.NATION.ordinal())));
        assertEquals(List.of("Bulgaria", "Canada", "Cyprus", "France", "Germany", "Luxembourg", "Ukraine",
                "United States", "No nation"), fx(() -> titles(model)));

        fx(() -> model.groupingProperty().set(model.groupings().get(FindingsModel.Grouping.DAY.ordinal())));
        assertEquals(List.of("Tuesday, March 11, 2025"), fx(() -> titles(model)));
    }

    @Test
    void filtersByRuleSeverityNationAndDayAndLeaveOutAcknowledgedOnes() throws Exception {
        FindingsModel model = model();
        fx(() -> model.severityProperty().set(model.severityChoices().get(1 + Severity.WARNING.ordinal())));
        assertEquals(6, fx(() -> model.shownRows().size()));
        fx(() -> model.severityProperty().set(model.severityChoices().get(0)));

        fx(() -> model.ruleProperty().set(model.ruleChoices().get(1 + Rule.TOO_LITTLE_TRAVEL_TIME.ordinal())));
        assertEquals(3, fx(() -> model.shownRows().size()));
        fx(() -> model.nationProperty().set(model.nationChoices().stream().filter(c -> "UA".equals(c.value()))
                .findFirst().orElseThrow()));
        assertEquals(2, fx(() -> model.shownRows().size()));
        fx(() -> model.ruleProperty().set(model.ruleChoices().get(0)));
        fx(() -> model.nationProperty().set(model.nationChoices().get(0)));

        assertEquals(List.of("All days", "Tuesday, March 11, 2025"),
                fx(() -> model.dayChoices().stream().map(FindingsModel.Choice::label).toList()));
        fx(() -> model.dayProperty().set(model.dayChoices().get(1)));
        assertEquals(10, fx(() -> model.shownRows().size()), "every finding of the demo but none is on that day");

        FindingRow uninvited = fx(() -> model.shownRows().stream()
                .filter(r -> r.finding().rule() == Rule.UNINVITED_DELEGATION).findFirst().orElseThrow());
        assertEquals(LocalDate.of(2025, 3, 11), uninvited.day());
        fx(() -> model.select(uninvited));
        fx(() -> model.acknowledge("Liaison officer, agreed with the Élysée."));
        waitUntil(() -> model.shownRows().stream().anyMatch(FindingRow::acknowledged));
        fx(() -> model.showAcknowledgedProperty().set(false));
        assertEquals(9, fx(() -> model.shownRows().size()));
    }

    @Test
    void anEditElsewhereInTheAppIsFollowedWithoutAsking() throws Exception {
        FindingsModel model = model();
        AgendaItem bilateral = services.agenda().agenda(summit.id()).items().stream()
                .filter(i -> "bilat-de-ua".equals(i.key())).findFirst().orElseThrow();
        TimeRange earlier = new TimeRange(bilateral.time().start().minusSeconds(75 * 60),
                bilateral.time().start().minusSeconds(60 * 60));
        services.agenda().update(new AgendaItem(bilateral.id(), bilateral.key(), bilateral.title(), bilateral.kind(),
                earlier, bilateral.roomId(), bilateral.closed(), bilateral.description(), bilateral.attendeeIds(),
                bilateral.nations(), bilateral.version()));
        // a burst of edits: one check after they pause
        fx(() -> {
            context.changes().fire();
            context.changes().fire();
            context.changes().fire();
        });
        waitUntil(() -> model.shownRows().size() == 9);
        assertEquals(3, fx(() -> context.checks().errorsProperty().get()));
    }
}
