package org.summitplanner.schedule;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Room;

/** The checks' words in English and French: rule names and finding messages. */
public final class ScheduleTexts {

    private static final String BUNDLE = "org.summitplanner.schedule.messages";
    // no fallback to the machine's default locale: English means English on a French machine too
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The rules whose message starts from a nation's code. */
    private static final Set<Rule> ABOUT_A_NATION = EnumSet.of(Rule.UNINVITED_DELEGATION, Rule.DECLINED_DELEGATION,
            Rule.INVITATION_UNANSWERED, Rule.CONFIRMED_WITHOUT_DELEGATION, Rule.DELEGATION_WITHOUT_HEAD,
            Rule.BADGE_QUOTA_EXCEEDED);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final UnaryOperator<String> nationName;
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private ScheduleTexts(Locale locale, UnaryOperator<String> nationName) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, CONTROL);
        this.nationName = nationName;
    }

    /** Messages that name nations by their codes ("US"). */
    public static ScheduleTexts of(Locale locale) {
        return new ScheduleTexts(locale, code -> code);
    }

    /** Messages that name nations as "United States (US)", in the language of {@code locale}. */
    public static ScheduleTexts of(Locale locale, Collection<Nation> nations) {
        Map<String, String> names = new HashMap<>();
        nations.forEach(n -> names.put(n.code(), n.name(locale) + " (" + n.code() + ")"));
        return new ScheduleTexts(locale, code -> names.getOrDefault(code, code));
    }

    /** The rule in words ("Attendee double-booked"). */
    public String rule(Rule rule) {
        return bundle.getString("rule." + rule.name());
    }

    public String severity(Severity severity) {
        return bundle.getString("severity." + severity.name());
    }

    public String message(Finding finding) {
        return message(finding, id -> null);
    }

    /**
     * The message as a window in this language shows it: in French, the items' French titles and the French
     * names and buildings of the rooms {@code rooms} finds (by id; null: none known), where they have them.
     * The finding's arguments, subject and fingerprint are untouched; only the text differs.
     */
    public String message(Finding finding, LongFunction<Room> rooms) {
        Object[] arguments = finding.arguments().toArray();
        if (Locale.FRENCH.equals(locale)) {
            inFrench(finding, arguments, rooms);
        }
        if (ABOUT_A_NATION.contains(finding.rule()) && arguments.length > 0 && arguments[0] instanceof String code) {
            arguments[0] = nationName.apply(code);
        }
        String key = "message." + finding.rule().name();
        if (finding.asHeadOf() != null) {
            // a head counted through the delegation on the first, the second or both items: says which and why
            key += ".asHead" + arguments[4];
            arguments[3] = nationName.apply(finding.asHeadOf());
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        // parsing the pattern cost more than formatting; a MessageFormat is not for two threads at once
        synchronized (format) {
            return format.format(arguments);
        }
    }

    private void inFrench(Finding finding, Object[] arguments, LongFunction<Room> rooms) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Label label) {
                arguments[i] = label.textIn(locale);
            } else if (arguments[i] instanceof String text) {
                for (long id : finding.roomIds()) {
                    Room room = rooms.apply(id);
                    if (room != null && text.equals(room.name())) {
                        arguments[i] = room.nameIn(locale);
                        break;
                    } else if (room != null && text.equals(room.building())) {
                        arguments[i] = room.buildingIn(locale);
                        break;
                    }
                }
            }
        }
    }
}
