package org.summitplanner.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * Whether a screen is in view, for its model's answer to {@link DataChanges}: a screen out of view does
 * not read again after every change (at UN scale a reading is thousands of rows, and every save's checks
 * and the screen in view wait behind it on the database worker); it reads when it comes back into view,
 * as {@link Screen#shown} does each time. A model not given its view (a model tested alone) is always in view.
 * FX thread only.
 */
public final class InView implements BooleanSupplier {

    private Node view;

    /** From now on the model is in view while {@code view} is in a scene (the window shows it). */
    public void watch(Node view) {
        this.view = view;
    }

    @Override
    public boolean getAsBoolean() {
        return view == null || view.getScene() != null;
    }
}
