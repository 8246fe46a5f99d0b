package org.summitplanner.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.seating.SeatingProblem;
import org.summitplanner.service.BadgeService;
import org.summitplanner.service.PrintService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;

/**
 * {@code print badges|tent-cards|seating}: the protocol printouts of {@link PrintCommand}, which keeps
 * its options; those that do not apply to these documents are refused.
 */
final class CardsPrinting {

    private final PrintCommand command;

    CardsPrinting(PrintCommand command) {
        this.command = command;
    }

    static boolean handles(String document) {
        String d = document.toLowerCase(Locale.ROOT);
        return d.equals("badges") || d.equals("tent-cards") || d.equals("seating");
    }

    Integer call() throws IOException {
        String document = command.document.toLowerCase(Locale.ROOT);
        boolean seating = document.equals("seating");
        String unused = command.day != null ? "--day" : command.room != null ? "--room"
                : command.nation != null ? "--nation" : command.attendee != null ? "--attendee"
                : command.all ? "--all" : command.orientation != null ? "--orientation"
                : command.classification != null ? "--classification"
: seating && command.takingPart ? "--confirmed-only"
                : !seating && command.item != null ? "--item" : !seating && command.layout != null ? "--layout" : null;
        if (unused != null) {
            throw new Cli.UserError(unused + " does not apply to the " + document + " printout; see print --help.");
        }
        Paper paper = PrintCommand.choice(Paper.class, command.paper, "paper", "A4, LETTER");
        SeatingLayout layout = command.layout == null ? null
                : PrintCommand.choice(SeatingLayout.class, command.layout, "layout", "plenary, round, theatre");
        Locale locale = PrintCommand.language(command.lang);
        OutputTarget target = PrintService.pdfTarget(command.pdf, command.parent.databaseFile());
        PrintWriter out = command.spec.commandLine().getOut();
        PrintWriter err = command.spec.commandLine().getErr();
        try (OpenServices database = command.parent.openForReading()) {
            Services services = database.services();
            Summit summit = services.summits().find(command.summit);
            if (seating) {
                if (command.item == null) {
                    throw new Cli.UserError("The seating printout needs --item KEY (the agenda item)."
                            + services.seating().itemChoices(summit.id()));
                }
                AgendaItem item = services.seating().findItem(summit.id(), command.item);
                SeatingPlan plan = layout == null ? services.seating().plan(item.id()).orElseGet(
                        () -> services.seating().generate(summit.id(), item.id(), SeatingLayout.PLENARY))
                        : services.seating().generate(summit.id(), item.id(), layout);
                target.write(o -> {
                    services.seating().pdf(summit.id(), plan, paper, locale, o);
                    return null;
                });
                out.println("Seating plan (" + plan.layout().name().toLowerCase(Locale.ROOT) + ", "
                        + plan.places() + " places) written to " + command.pdf);
                for (SeatingProblem problem : services.seating().check(summit.id(), plan)) {
                    err.println("warning: " + problem.message(Locale.ENGLISH, problem.nation()));
                }
            } else {
                BadgeService.Kind kind = document.equals("badges") ? BadgeService.Kind.BADGES : BadgeService.Kind.TENT_CARDS;
                boolean only = command.takingPart;
                int sheets = target.write(o -> services.badges().pdf(summit.id(), kind, paper, locale, only, o,
                        PrintProgress.NONE));
                out.println(sheets + (sheets == 1 ? " page" : " pages") + " written to " + command.pdf);
                String line = NotTakingPart.line(services.badges().outsiders(summit.id()),
                        BadgesCommand.names(services), only);
                if (line != null) {
                    (only ? out : err).println(line);
                }
            }
            out.flush();
            err.flush();
        }
        return 0;
    }
}
