package org.summitplanner.ui.protocol;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.FormsOfAddress;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Precedence;
import org.summitplanner.service.PrecedenceService;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Loading;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Notice;
import org.summitplanner.ui.common.ScreenContext;

/**
 * The Protocol screen's state: the summit's order of precedence, its delegations in that order and
 * the chosen delegation's people in theirs. Every change is saved at once and undoable; moving a
 * delegation by hand switches the order to "by hand", starting from the order shown.
 */
public final class ProtocolModel {

    /**
     * A delegation as listed: its place, code and name in the order's language (what it is sorted by), followed
     * by the name in the window's language when that differs: "Allemagne (Germany)".
     */
    public record DelegationLine(int place, String code, String name) {
        @Override
        public String toString() {
            return place + ". " + name;
        }
    }

    /** A person as listed: place, form of address in the window's language, role. */
    public record MemberLine(int place, Attendee attendee, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private record Read(Precedence precedence, List<String> order, Map<String, List<Attendee>> members) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final PrecedenceService service;
    private final ResourceBundle messages;
    private final Locale locale;
    private final Map<String, Nation> nations = new HashMap<>();

    private final ReadOnlyObjectWrapper<Precedence> precedence = new ReadOnlyObjectWrapper<>(this, "precedence");
    private final ObservableList<DelegationLine> delegations = FXCollections.observableArrayList();
    private final ObjectProperty<DelegationLine> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableList<MemberLine> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lot = new ReadOnlyStringWrapper(this, "lot", "");
    private final Notice notice;
    private Map<String, List<Attendee>> membersByNation = Map.of();

    public ProtocolModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.notice = new Notice(context.changes());
        this.service = context.services().precedence();
        this.messages = messages;
        this.locale = messages.getLocale() == null ? Locale.ROOT : messages.getLocale();
        context.nations().forEach(n -> nations.put(n.code(), n));
        chosen.addListener((obs, old, now) -> showMembers());
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    /** Reads the order, the delegations and their people again, keeping the chosen delegation. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            delegations.clear();
            members.clear();
            return;
        }
        loading.run(context.background(), () -> {
            Precedence p = service.precedence(summitId);
            List<String> order = service.delegationOrder(p, service.delegationCodes(summitId));
            Map<String, List<Attendee>> byNation = service.everyoneInOrder(summitId).stream()
                    .collect(Collectors.groupingBy(Attendee::nation, java.util.LinkedHashMap::new, Collectors.toList()));
            return new Read(p, order, byNation);
        }, this::loaded, this::failed);
    }

    private void loaded(Read read) {
        precedence.set(read.precedence());
        membersByNation = read.members();
        String chosenCode = chosen.get() == null ? null : chosen.get().code();
        List<DelegationLine> lines = new ArrayList<>();
        for (int i = 0; i < read.order().size(); i++) {
            String code = read.order().get(i);
            lines.add(new DelegationLine(i + 1, code, lineName(code, read.precedence().locale())));
        }
        delegations.setAll(lines);
        chosen.set(lines.stream().filter(l -> l.code().equals(chosenCode)).findFirst()
                .orElse(lines.isEmpty() ? null : lines.get(0)));
        showMembers();
        Precedence p = read.precedence();
        lot.set(p.lotNation() != null
                ? Messages.format(messages, "protocol.lot.nation", nationName(p.lotNation()),
                        p.lotSeed() == null ? "—" : p.lotSeed().toString())
                : p.lotLetter() != null ? Messages.format(messages, "protocol.lot.letter", p.lotLetter())
                : messages.getString("protocol.lot.none"));
    }

    private void showMembers() {
        DelegationLine line = chosen.get();
        List<Attendee> people = line == null ? List.of() : membersByNation.getOrDefault(line.code(), List.of());
        List<MemberLine> lines = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Attendee a = people.get(i);
            lines.add(new MemberLine(i + 1, a, (i + 1) + ". " + FormsOfAddress.addressed(a, locale) + " — "
                    + messages.getString("role." + a.role().name())));
        }
        members.setAll(lines);
    }

    private String lineName(String code, Locale orderLocale) {
        Nation n = nations.get(code);
        if (n == null) {
            return code;
        }
        String sorted = n.name(orderLocale);
        String own = n.name(locale);
        return sorted.equals(own) ? own : sorted + " (" + own + ")";
    }

    private String nationName(String code) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(locale);
    }

    /** Saves a changed order as one undoable edit. */
    private void change(String descriptionKey, java.util.function.UnaryOperator<Precedence> how) {
        Precedence before = precedence.get();
        long summitId = context.summitId();
        if (before == null || summitId < 0) {
            return;
        }
        Precedence next = how.apply(before);
        if (next.equals(before)) {
            return;
        }
        context.background().run(() -> service.save(summitId, next), saved -> {
            context.history().record(ProtocolEdits.order(messages.getString(descriptionKey), service, summitId,
                    before, saved));
            notice.announce(messages.getString("protocol.saved"));
        }, this::failed);
    }

    public void setRule(DelegationRule rule) {
        if (rule != null) {
            change("protocol.edit.rule", p -> p.withRule(rule));
        }
    }

    public void setLanguage(String language) {
        if (language != null) {
            change("protocol.edit.language", p -> p.withLanguage(language));
        }
    }

    public void setMemberRule(MemberRule rule) {
        if (rule != null) {
            change("protocol.edit.members", p -> p.withMembers(rule));
        }
    }

    /** Draws the starting nation by lot (with the seed given, or a random one) and orders from it. */
    public void drawLot(String seedText) {
        long summitId = context.summitId();
        Precedence before = precedence.get();
        if (before == null || summitId < 0) {
            return;
        }
        long seed;
        try {
            seed = seedText == null || seedText.isBlank() ? new SecureRandom().nextInt(1_000_000)
                    : Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            notice.set(Messages.format(messages, "protocol.seed.bad", seedText.strip()));
            return;
        }
        context.background().run(() -> service.save(summitId, service.drawLot(summitId, seed)
                .withVersion(before.version())), saved -> {
                    context.history().record(ProtocolEdits.order(messages.getString("protocol.edit.lot"), service,
                            summitId, before, saved));
                    notice.announce(messages.getString("protocol.saved"));
                }, this::failed);
    }

    /** Moves the chosen delegation up (-1) or down (+1): the order becomes "by hand" from the one shown. */
    public void moveDelegation(int delta) {
        DelegationLine line = chosen.get();
        if (line == null) {
            return;
        }
        List<String> order = new ArrayList<>(delegations.stream().map(DelegationLine::code).toList());
        int from = order.indexOf(line.code());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        Collections.swap(order, from, to);
        change("protocol.edit.move", p -> p.withRule(DelegationRule.HAND).withHandOrder(order));
    }

    /** Moves a person of the chosen delegation up (-1) or down (+1); only while people are placed by hand. */
    public void moveMember(MemberLine line, int delta) {
        Precedence p = precedence.get();
        if (line == null || p == null || p.members() != MemberRule.HAND) {
            return;
        }
        List<Attendee> people = new ArrayList<>(members.stream().map(MemberLine::attendee).toList());
        int from = people.indexOf(line.attendee());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= people.size()) {
            return;
        }
        Collections.swap(people, from, to);
        context.background().run(() -> service.placeMembers(people), placed -> {
            context.history().record(ProtocolEdits.places(messages.getString("protocol.edit.place"), service,
                    people, placed, id -> context.services().attendees().current(id).orElse(null)));
            notice.announce(messages.getString("protocol.saved"));
        }, this::failed);
    }

    private void failed(Throwable error) {
        // most often someone else changed the order or a person meanwhile: show theirs
        notice.set(Messages.format(messages, "protocol.failed", Messages.problem(messages, error)));
        reload();
    }

    public ReadOnlyObjectProperty<Precedence> precedenceProperty() {
        return precedence.getReadOnlyProperty();
    }

    public ObservableList<DelegationLine> delegations() {
        return delegations;
    }

    public ObjectProperty<DelegationLine> chosenProperty() {
        return chosen;
    }

    public ObservableList<MemberLine> members() {
        return members;
    }

    public ReadOnlyStringProperty lotProperty() {
        return lot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.textProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
