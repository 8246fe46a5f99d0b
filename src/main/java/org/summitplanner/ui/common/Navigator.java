package org.summitplanner.ui.common;

import java.util.function.BiConsumer;

/**
 * Lets a screen send the user to something in another screen's editor ("the item", "the attendee"):
 * the main window installs the handler that switches screens and calls {@link Screen#reveal}.
 */
public final class Navigator {

    private BiConsumer<String, Object> handler = (screen, what) -> { };

    public void setHandler(BiConsumer<String, Object> handler) {
        this.handler = handler;
    }

    /**
     * @param screen the screen's id in the navigation bar ("agenda", "delegations", "rooms", "nations", "findings")
     * @param what what to show there: an item, attendee or room id (Long), a nation code (String), or null
     */
    public void show(String screen, Object what) {
        handler.accept(screen, what);
    }
}
