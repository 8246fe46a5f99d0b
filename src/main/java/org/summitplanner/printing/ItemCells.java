package org.summitplanner.printing;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.FormsOfAddress;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.printing.text.TextLayout;

/** The cells that describe an agenda item, shared by the four documents. */
final class ItemCells {

    private final SummitIndex index;
    private final PrintTexts texts;
    private final Collator collator;
    private final Summit summit;
    private final PrintWarnings warnings;
    /**
     * Each nation's name as a collation key, made once: sorting an item's people compared two names through
     * the collator at every step, a fifth of the print preview's first layout at UN scale. Keys compare as
     * the collator does.
     */
    private final Map<String, CollationKey> nationKeys = new HashMap<>();
    private final Comparator<String> byNationName = Comparator.comparing(this::nationKey);

    ItemCells(SummitIndex index, PrintTexts texts) {
        this(index, texts, new PrintWarnings(TextLayout.system()));
    }

    /** @param warnings told of every person, item and room whose text is printed */
    ItemCells(SummitIndex index, PrintTexts texts, PrintWarnings warnings) {
        this.index = index;
        this.texts = texts;
        this.collator = Collator.getInstance(texts.locale());
        this.summit = index.content().summit();
        this.warnings = warnings;
    }

    private CollationKey nationKey(String code) {
        return nationKeys.computeIfAbsent(code, c -> collator.getCollationKey(texts.nation(c)));
    }

    Collator collator() {
        return collator;
    }

    /** "09:30–10:45"; an item that ends on a later day shows that day. */
    List<Para> time(AgendaItem item) {
        LocalDateTime start = summit.toLocal(item.time().start());
        LocalDateTime end = summit.toLocal(item.time().end());
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? texts.time(end.toLocalTime())
                : texts.dayAndTime(end);
        return List.of(new Para(texts.time(start.toLocalTime()) + "–" + endText, Style.BOLD));
    }

    /** Title, kind, closed-door mark; with {@code full}, the description and who takes part (French texts in French). */
    List<Para> item(AgendaItem item, boolean full) {
        warnings.item(item);
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(item.titleIn(texts.locale()), Style.BOLD));
        paras.add(new Para(texts.kind(item.kind()), Style.SMALL));
        if (item.closed()) {
            paras.add(new Para(texts.text("item.closed"), Style.MARK));
        }
        if (full) {
            String description = item.descriptionIn(texts.locale());
            if (description != null && !description.isBlank()) {
                paras.add(new Para(description.strip(), Style.SMALL));
            }
            if (!item.nations().isEmpty()) {
                paras.add(new Para(texts.text("item.delegations", nations(item.nations())), Style.SMALL));
            }
            if (!item.attendeeIds().isEmpty()) {
                String people = item.attendeeIds().stream().map(index::attendee).filter(a -> a != null)
                        .sorted(index.personOrder(byNationName))
                        .map(this::personWithNation).collect(Collectors.joining("; "));
                paras.add(new Para(texts.text("item.people", people), Style.SMALL));
            }
        }
        return paras;
    }

    List<Para> room(AgendaItem item) {
        Room room = index.room(item.roomId());
        if (room == null) {
            return List.of(new Para(texts.text("item.noRoom"), Style.SMALL));
        }
        warnings.room(room);
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(room.nameIn(texts.locale()), Style.NORMAL));
        String building = room.buildingIn(texts.locale());
        if (building != null && !building.isBlank()) {
            paras.add(new Para(building, Style.SMALL));
        }
        return paras;
    }

    /** Nation names in the document's language, in the order of precedence (or alphabetical without one). */
    String nations(List<String> codes) {
        return codes.stream().sorted(index.delegationOrder(byNationName))
                .map(texts::nation).collect(Collectors.joining(", "));
    }

    /** "H.E. Jean Dupont, Minister of Defence (France)". */
    String personWithNation(Attendee a) {
        return person(a) + " (" + texts.nation(a.nation()) + ")";
    }

    /** "H.E. Mr Jean Dupont, Minister of Defence", "S.E. M. Jean Dupont, ministre des Armées": the form of address of the language. */
    String person(Attendee a) {
        warnings.attendee(a);
        String text = a.positionIn(texts.locale());
        String position = text == null || text.isBlank() ? "" : ", " + text.strip();
        return FormsOfAddress.addressed(a, texts.locale()) + position;
    }

    Row.Item row(AgendaItem item, List<List<Para>> cells) {
        return new Row.Item(item.key() != null ? item.key() : Long.toString(item.id()), cells, item.closed());
    }
}
