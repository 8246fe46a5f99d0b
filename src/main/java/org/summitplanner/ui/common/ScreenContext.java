package org.summitplanner.ui.common;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.service.Services;

/**
 * What a screen gets from the window: the services of the open database, the executor for
 * blocking work, the session's edit history, the current summit and the nations.
 *
 * @param changes moves on every change to the summit's data; fire it after an edit
 * @param checks the current summit's findings, checked again after every change
 * @param navigator sends the user to something in another screen
 */
public record ScreenContext(Services services, Background background, EditHistory history, DataChanges changes,
                            Settings settings, ResourceBundle messages, ReadOnlyObjectProperty<Summit> summit,
                            List<Nation> nations, LiveChecks checks, Navigator navigator) {

    /** A context with its own live checks and a navigator that goes nowhere until the window sets it. */
    public ScreenContext(Services services, Background background, EditHistory history, DataChanges changes,
                         Settings settings, ResourceBundle messages, ReadOnlyObjectProperty<Summit> summit,
                         List<Nation> nations) {
        this(services, background, history, changes, settings, messages, summit, nations,
                new LiveChecks(services, background, changes, summit), new Navigator());
    }

    /** The current summit's id, or -1 when there is none. */
    public long summitId() {
        Summit s = summit.get();
        return s == null ? -1 : s.id();
    }
}
