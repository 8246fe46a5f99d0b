package org.summitplanner.printing.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.Character.UnicodeScript;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;

/**
 * The system fonts a multi-script test needs. In CI (.ci/run installs them) a missing font fails
 * the test naming the package; on a developer's machine without them the test is skipped with the
 * same message, so nobody mistakes a machine without CJK fonts for a broken printout.
 */
public final class RequiredFonts {

    private RequiredFonts() {
    }

    public static void require(Collection<String> texts) {
        TextLayout layout = TextLayout.system();
        Set<String> advice = new TreeSet<>();
        for (String text : texts) {
            for (UnicodeScript script : layout.missing(text)) {
                advice.add(FontChain.displayName(script) + ": " + FontChain.missingAdvice(script));
            }
        }
        if (advice.isEmpty()) {
            return;
        }
        String message = "No font for " + String.join("; ", advice) + " (font folders searched: "
                + layout.chain().folders().folders() + ")";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message + ". Skipped outside CI; CI installs the fonts.");
    }
}
