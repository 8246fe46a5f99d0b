package org.summitplanner.printing;

import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;

/** The cells that describe an agenda item, shared by the four documents. */
final class ItemCells {

    private final SummitIndex index;
    private final PrintTexts texts;
    private final Collator collator;
    private final Summit summit;

    ItemCells(SummitIndex index, PrintTexts texts) {
        this.index = index;
        this.texts = texts;
        this.collator = Collator.getInstance(texts.locale());
        this.summit = index.content().summit();
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

    /** Title, kind, closed-door mark; with {@code full}, the description and who takes part. */
    List<Para> item(AgendaItem item, boolean full) {
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(item.title(), Style.BOLD));
        paras.add(new Para(texts.kind(item.kind()), Style.SMALL));
        if (item.closed()) {
            paras.add(new Para(texts.text("item.closed"), Style.MARK));
        }
        if (full) {
            if (item.description() != null && !item.description().isBlank()) {
                paras.add(new Para(item.description().strip(), Style.SMALL));
            }
            if (!item.nations().isEmpty()) {
                paras.add(new Para(texts.text("item.delegations", nations(item.nations())), Style.SMALL));
            }
            if (!item.attendeeIds().isEmpty()) {
                String people = item.attendeeIds().stream().map(index::attendee).filter(a -> a != null)
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
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(room.name(), Style.NORMAL));
        if (room.building() != null && !room.building().isBlank()) {
            paras.add(new Para(room.building(), Style.SMALL));
        }
        return paras;
    }

    /** Nation names in the document's language and alphabetical order. */
    String nations(List<String> codes) {
        return codes.stream().map(texts::nation).sorted(collator).collect(Collectors.joining(", "));
    }

    /** "H.E. Jean Dupont, Minister of Defence (France)". */
    String personWithNation(Attendee a) {
        return person(a) + " (" + texts.nation(a.nation()) + ")";
    }

    /** "H.E. Jean Dupont, Minister of Defence". */
    String person(Attendee a) {
        String position = a.position() == null || a.position().isBlank() ? "" : ", " + a.position().strip();
        return a.displayName() + position;
    }

    Row.Item row(AgendaItem item, List<List<Para>> cells) {
        return new Row.Item(item.key() != null ? item.key() : Long.toString(item.id()), cells, item.closed());
    }
}
