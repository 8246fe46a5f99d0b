package org.summitplanner.ui.printing;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.summitplanner.printing.MissingGlyphs;
import org.summitplanner.printing.text.FontChain;
import org.summitplanner.ui.common.Messages;

/** The Print screen's warning of characters no font has, in the screen's language. */
final class MissingGlyphsText {

    /** At most this many people, items or rooms are named; the rest are counted. */
    private static final int NAMED = 5;

    private MissingGlyphsText() {
    }

    static String of(List<MissingGlyphs> missing, ResourceBundle messages) {
        if (missing.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(messages.getString("print.missing.title"));
        Set<String> packages = new TreeSet<>();
        for (int i = 0; i < missing.size(); i++) {
            MissingGlyphs m = missing.get(i);
            m.scripts().forEach(s -> packages.add(FontChain.debianPackage(s)));
            if (i < NAMED) {
                String subject = Messages.format(messages, "print.missing." + m.subject().name(),
                        m.key() == null ? "" : m.key(), m.name());
                String scripts = m.scripts().stream().map(s -> script(s, messages)).sorted()
                        .collect(Collectors.joining(", "));
                sb.append('\n').append(Messages.format(messages, "print.missing.line", subject, scripts));
            }
        }
        if (missing.size() > NAMED) {
            sb.append('\n').append(Messages.format(messages, "print.missing.more", missing.size() - NAMED));
        }
        sb.append('\n').append(Messages.format(messages, "print.missing.install", String.join(", ", packages)));
        return sb.toString();
    }

    private static String script(UnicodeScript script, ResourceBundle messages) {
        try {
            return messages.getString("print.script." + script.name());
        } catch (MissingResourceException e) {
            return FontChain.displayName(script);
        }
    }
}
