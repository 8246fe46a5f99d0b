package org.summitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.ScreenTestSupport;

/** The window in French on the demo summit, which has a French name and venue. */
class FrenchWindowTest extends ScreenTestSupport {

    private static final String NAME_FR = "Conférence de Paris sur les garanties de sécurité pour l'Ukraine";

    @Override
    protected Locale language() {
        return Locale.FRENCH;
    }

    @Test
    void theOverviewAndTheSummitChooserNameTheSummitInFrench() throws Exception {
        assertEquals(NAME_FR, text("#title"));
        waitUntil(() -> text("#place").startsWith("Palais de l'Élysée, Paris"));
        @SuppressWarnings("unchecked")
        ComboBox<Summit> chooser = robot.lookup("#summitSwitcher").queryAs(ComboBox.class);
        ListCell<Summit> shown = chooser.getButtonCell();
        assertEquals(NAME_FR + "  (2025-03-11)", shown.getText());
    }
}
