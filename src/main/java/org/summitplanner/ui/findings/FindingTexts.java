package org.summitplanner.ui.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.ScheduleTexts;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.ui.common.Messages;

/** Turns a summit's findings into rows: names instead of ids, the day, where to go. Pure; runs anywhere. */
final class FindingTexts {

    private final ResourceBundle messages;
    private final ScheduleTexts texts;
    private final Map<String, Nation> nations = new HashMap<>();
    private final Locale locale;

    FindingTexts(ResourceBundle messages, List<Nation> nations) {
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : messages.getLocale();
        nations.forEach(n -> this.nations.put(n.code(), n));
        this.texts = ScheduleTexts.of(locale, nations);
    }

    ScheduleTexts texts() {
        return texts;
    }

    String nationName(String code) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(locale);
    }

    List<FindingRow> rows(SummitCheck check) {
        Summit summit = check.content().summit();
        Map<Long, AgendaItem> items = new HashMap<>();
        check.content().agenda().forEach(i -> items.put(i.id(), i));
        Map<Long, Attendee> attendees = new HashMap<>();
        check.content().attendees().forEach(a -> attendees.put(a.id(), a));
        Map<Long, Room> rooms = new HashMap<>();
        check.content().rooms().forEach(r -> rooms.put(r.id(), r));
        List<FindingRow> rows = new ArrayList<>(check.findings().size());
        for (CheckedFinding c : check.findings()) {
            Finding f = c.finding();
            List<String> names = new ArrayList<>();
            List<FindingRow.Target> items0 = new ArrayList<>();
            List<FindingRow.Target> people = new ArrayList<>();
            List<FindingRow.Target> places = new ArrayList<>();
            List<FindingRow.Target> states = new ArrayList<>();
            LocalDate day = null;
            List<AgendaItem> involved = f.itemIds().stream().map(items::get).filter(i -> i != null)
                    .sorted(Comparator.comparing(i -> i.time().start())).toList();
            for (AgendaItem i : involved) {
                String title = i.titleIn(locale);
                names.add("\u201C" + title + "\u201D");
                items0.add(new FindingRow.Target("agenda", i.id(), Messages.format(messages, "findings.goto.item", title)));
                if (day == null) {
                    day = summit.toLocal(i.time().start()).toLocalDate();
                }
            }
            for (long id : f.attendeeIds()) {
                Attendee a = attendees.get(id);
                if (a != null) {
                    names.add(a.displayName());
                    people.add(new FindingRow.Target("delegations", id,
                            Messages.format(messages, "findings.goto.attendee", a.displayName())));
                }
            }
            for (long id : f.roomIds()) {
                Room r = rooms.get(id);
                if (r != null) {
                    names.add(r.nameIn(locale));
                    places.add(new FindingRow.Target("rooms", id,
                            Messages.format(messages, "findings.goto.room", r.nameIn(locale))));
                }
            }
            for (String code : f.nations()) {
                names.add(nationName(code));
                states.add(new FindingRow.Target("nations", code,
                        Messages.format(messages, "findings.goto.nation", nationName(code))));
            }
            rows.add(new FindingRow(c, texts.severity(f.severity()), texts.rule(f.rule()), texts.message(f, rooms::get),
                    String.join("; ", names), day, targets(f.rule(), items0, people, places, states)));
        }
        return rows;
    }

    /** The thing to fix first: the nation's standing, the person's stay, or else the item. */
    private static List<FindingRow.Target> targets(Rule rule, List<FindingRow.Target> items, List<FindingRow.Target> people,
                                                   List<FindingRow.Target> rooms, List<FindingRow.Target> nations) {
        List<FindingRow.Target> all = new ArrayList<>();
        switch (rule) {
            case UNINVITED_DELEGATION, DECLINED_DELEGATION, INVITATION_UNANSWERED, CONFIRMED_WITHOUT_DELEGATION,
                    DELEGATION_WITHOUT_HEAD -> {
                all.addAll(nations);
                all.addAll(people);
                all.addAll(items);
            }
            case ATTENDEE_NOT_PRESENT -> {
                all.addAll(people);
                all.addAll(items);
            }
            default -> {
                all.addAll(items);
                all.addAll(rooms);
                all.addAll(people);
                all.addAll(nations);
            }
        }
        return all;
    }
}
