package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.printing.SummitIndex;
import org.summitplanner.service.PrintService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/** {@code ics (--attendee KEY | --nation CODE) OUT.ics}: a person's or a delegation's calendar. */
@Command(name = "ics", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the iCalendar file (RFC 5545) of an attendee or a delegation, in the summit's time zone,"
                + " for Outlook, Apple Calendar or Thunderbird.")
final class IcsCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Whose whose;

    static final class Whose {
        @Option(names = "--attendee", paramLabel = "KEY", required = true, description = "The person (attendee key).")
        String attendee;

        @Option(names = "--nation", paramLabel = "CODE", required = true,
                description = "The delegation (its nation's code): everything it takes part in.")
        String nation;
    }

    @Option(names = "--summit", paramLabel = "ID|NAME", description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en", description = "Language of the descriptions (default en).")
    String lang;

    @Parameters(paramLabel = "OUT.ics", description = "Where to write the calendar (replaced if it exists).")
    Path file;

    @Override
    public Integer call() throws IOException {
        OutputTarget target = PrintService.calendarTarget(file, parent.databaseFile());
        try (OpenServices database = parent.openForReading()) {
            Services services = database.services();
            SummitIndex index = services.printing().index(services.summits().find(summit).id());
            target.write(out -> {
                services.printing().ics(index, whose.attendee, whose.nation, PrintCommand.language(lang),
                        Instant.now(), out);
                return null;
            });
        }
        return 0;
    }
}
