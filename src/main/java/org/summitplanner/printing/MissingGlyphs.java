package org.summitplanner.printing;

import java.lang.Character.UnicodeScript;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitplanner.printing.text.FontChain;

/**
 * Characters of something printed that no font on this machine has: they print as □, and the
 * command and the Print screen say so, naming the person, item or room and the script, and what to
 * install.
 *
 * @param subject what the text belongs to
 * @param key its key (or #id), null for the summit and the classification line
 * @param name its name as printed ("习近平", the item's title)
 * @param scripts the scripts without a font
 */
public record MissingGlyphs(Subject subject, String key, String name, Set<UnicodeScript> scripts) {

    public enum Subject { ATTENDEE, AGENDA_ITEM, ROOM, SUMMIT, CLASSIFICATION }

    public MissingGlyphs {
        scripts = Set.copyOf(scripts);
    }

    /** "Chinese (Han), Arabic". */
    public String scriptNames() {
        return scripts.stream().map(FontChain::displayName).sorted().collect(Collectors.joining(", "));
    }

    /** What to install, one clause per package: "install the fonts-noto-cjk package (Debian, Ubuntu) or …". */
    public String advice() {
        Set<String> advice = new LinkedHashSet<>();
        scripts.stream().sorted().forEach(s -> advice.add(FontChain.missingAdvice(s)));
        return String.join("; ", advice);
    }

    /** The command line's line: "attendee cn-1 (习近平): no font for its Chinese (Han) characters, …". */
    public String english() {
        String what = switch (subject) {
            case ATTENDEE -> "attendee " + key + " (" + name + ")";
            case AGENDA_ITEM -> "agenda item " + key + " (" + name + ")";
            case ROOM -> "room " + key + " (" + name + ")";
            case SUMMIT -> "the summit's name or venue (" + name + ")";
            case CLASSIFICATION -> "the classification line (" + name + ")";
        };
        return what + ": no font on this computer has its " + scriptNames() + " characters, which print as □; "
                + advice() + ".";
    }
}
