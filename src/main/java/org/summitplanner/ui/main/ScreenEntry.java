package org.summitplanner.ui.main;

import java.util.List;
import java.util.function.Function;
import org.summitplanner.ui.agenda.AgendaScreen;
import org.summitplanner.ui.bilaterals.BilateralsScreen;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.delegations.DelegationsScreen;
import org.summitplanner.ui.findings.FindingsScreen;
import org.summitplanner.ui.nations.NationsScreen;
import org.summitplanner.ui.printing.PrintScreen;
import org.summitplanner.ui.protocol.ProtocolScreen;
import org.summitplanner.ui.rooms.RoomsScreen;
import org.summitplanner.ui.seating.SeatingScreen;

/** The screens of the navigation bar, in order, after the overview. */
record ScreenEntry(String id, String titleKey, Function<ScreenContext, Screen> factory) {

    static List<ScreenEntry> all() {
        return List.of(
                new ScreenEntry("nations", "nav.nations", NationsScreen::new),
                new ScreenEntry("delegations", "nav.delegations", DelegationsScreen::new),
                new ScreenEntry("protocol", "nav.protocol", ProtocolScreen::new),
                new ScreenEntry("rooms", "nav.rooms", RoomsScreen::new),
                new ScreenEntry("agenda", "nav.agenda", AgendaScreen::new),
                new ScreenEntry("findings", "nav.findings", FindingsScreen::new),
                new ScreenEntry("seating", "nav.seating", SeatingScreen::new),
                new ScreenEntry("bilaterals", "nav.bilaterals", BilateralsScreen::new),

                new ScreenEntry("print", "nav.print", PrintScreen::new));
    }
}
