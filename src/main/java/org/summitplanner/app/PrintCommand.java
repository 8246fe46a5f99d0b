package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.MissingGlyphs;
import org.summitplanner.printing.Orientation;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.printing.PrintRequest;
import org.summitplanner.printing.PrintSettings;
import org.summitplanner.printing.Printouts;
import org.summitplanner.printing.SummitIndex;
import org.summitplanner.service.PrintService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/** {@code print agenda|room|delegation|itinerary ... --pdf OUT.pdf}: a printout as PDF, without a window. */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a printout as PDF: the summit agenda, room programmes (a page per room and day),"
                + " delegation programmes or personal itineraries; badges or tent cards of every attendee;"
                + " the seating plan of an agenda item (--item, --layout).",
            "Without --day, every day. Without --room or --nation, every room or delegation. An itinerary needs"
                + " --attendee, or --all (with --nation: everyone in that delegation)."})
final class PrintCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "agenda|room|delegation|itinerary|badges|tent-cards|seating",
            description = "The document.")
    String document;

    @Option(names = "--summit", paramLabel = "ID|NAME", description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--day", paramLabel = "DATE", description = "One day (YYYY-MM-DD); without it, every day.")
    String day;

    @Option(names = "--room", paramLabel = "KEY", description = "The room (its key); for room programmes.")
    String room;

    @Option(names = "--nation", paramLabel = "CODE", description = "The delegation (its nation's code).")
    String nation;

    @Option(names = "--attendee", paramLabel = "KEY", description = "The person (attendee key); for itineraries.")
    String attendee;

    @Option(names = "--all", description = "Every room, delegation or person (itineraries of --nation when given).")
    boolean all;

    @Option(names = "--item", paramLabel = "KEY|ID", description = "The agenda item (its key or id); for seating plans.")
    String item;

    @Option(names = "--layout", paramLabel = "plenary|round|theatre",
            description = "Seating: a new plan in this layout; without it, the item's stored plan (else plenary).")
    String layout;

    @Option(names = "--paper", paramLabel = "A4|LETTER", defaultValue = "A4", description = "Paper size (default A4).")
    String paper;

    @Option(names = "--orientation", paramLabel = "PORTRAIT|LANDSCAPE",
            description = "Default: landscape for delegation programmes, portrait otherwise.")
    String orientation;

    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en", description = "Language of the printout (default en).")
    String lang;

    @Option(names = "--classification", paramLabel = "TEXT",
            description = "A line such as CONFIDENTIAL printed on top and bottom of every page.")
    String classification;

    @Option(names = "--confirmed-only", description = "Badges and tent cards: only for delegations that have accepted"
            + " (confirmed or observer); without it, for everyone, with a warning naming the others.")
    boolean takingPart;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", required = true, description = "Where to write the PDF (replaced if it exists).")
    Path pdf;

    /** An option the document does not use would be ignored; a user who gave it meant something else. */
    private void refuseWhatDoesNotApply(DocumentKind kind) {
        boolean roomUsed = kind == DocumentKind.ROOM;
        boolean nationUsed = kind == DocumentKind.DELEGATION || kind == DocumentKind.ITINERARY;
        boolean attendeeUsed = kind == DocumentKind.ITINERARY;
        boolean allUsed = kind != DocumentKind.AGENDA;
        String unused = room != null && !roomUsed ? "--room" : nation != null && !nationUsed ? "--nation"
                : attendee != null && !attendeeUsed ? "--attendee" : all && !allUsed ? "--all" : null;
        if (unused != null) {
            throw new Cli.UserError(unused + " does not apply to the " + kind.name().toLowerCase(Locale.ROOT)
                    + " printout; see print --help.");
        }
    }

    @Override
    public Integer call() throws IOException {
        if (CardsPrinting.handles(document)) {
            return new CardsPrinting(this).call();
        }
        if (takingPart) {
            throw new Cli.UserError("--confirmed-only applies only to the badges and tent-cards printouts; see print --help.");
        }
        if (item != null || layout != null) {
            throw new Cli.UserError((item != null ? "--item" : "--layout") + " applies only to the seating printout;"
                    + " see print --help.");
        }
        DocumentKind kind = choice(DocumentKind.class, document, "document",
                "agenda, room, delegation, itinerary, badges, tent-cards, seating");
        Paper paperSize = choice(Paper.class, paper, "paper", "A4, LETTER");
        Orientation turn = orientation == null ? Printouts.suggestedOrientation(kind)
                : choice(Orientation.class, orientation, "orientation", "PORTRAIT, LANDSCAPE");
        Locale locale = language(lang);
        refuseWhatDoesNotApply(kind);
        PrintRequest request = new PrintRequest(kind, date(day), room, nation, attendee, all);
        OutputTarget target = PrintService.pdfTarget(pdf, parent.databaseFile());
        try (OpenServices database = parent.openForReading()) {
            Services services = database.services();
            SummitIndex index = services.printing().index(services.summits().find(summit).id());
            PrintSettings settings = new PrintSettings(paperSize, turn, locale, classification, ZonedDateTime.now());
            PrintService.Printed printed = target.write(out ->
                    services.printing().printPdf(index, request, settings, out, PrintProgress.NONE));
            int pages = printed.pages();
            spec.commandLine().getOut().println(pages + (pages == 1 ? " page" : " pages") + " written to " + pdf);
            spec.commandLine().getOut().flush();
            // the PDF is written and the exit code stays 0: a missing font is a warning, never silent
            for (MissingGlyphs missing : printed.missingGlyphs()) {
                spec.commandLine().getErr().println("warning: " + missing.english());
            }
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    static Locale language(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "fr" -> Locale.FRENCH;
            default -> throw new Cli.UserError("Unknown language \"" + lang + "\"; the languages are: en, fr");
        };
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String what, String choices) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Cli.UserError("Unknown " + what + " \"" + value + "\"; the choices are: " + choices);
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Cli.UserError("--day: \"" + text + "\" is not a date like 2025-03-11");
        }
    }
}
