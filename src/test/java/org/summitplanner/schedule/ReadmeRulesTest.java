package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's table of the scheduling checks names every rule with its severity (a user looks them up there). */
class ReadmeRulesTest {

    @Test
    void everyRuleHasARowInTheReadmeTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Rule rule : Rule.values()) {
            String row = "| " + rule.name() + " | " + rule.severity().name().toLowerCase(Locale.ROOT) + " | ";
            assertTrue(readme.contains(row), "README.md has no row \"" + row + "…\"");
        }
    }
}
