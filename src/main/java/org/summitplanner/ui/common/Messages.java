package org.summitplanner.ui.common;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.summitplanner.files.OutputRefusedException;

/**
 * A screen's own strings (ui/&lt;screen&gt;/messages.properties) over the common ones
 * (ui/messages.properties), so that screens keep their strings beside them.
 */
public final class Messages extends ResourceBundle {

    private final ResourceBundle own;

    private Messages(ResourceBundle own, ResourceBundle common) {
        this.own = own;
        setParent(common);
    }

    public static ResourceBundle common(Locale locale) {
        return ResourceBundle.getBundle("org.summitplanner.ui.messages", locale);
    }

    /** The strings of the screen in package ui.{@code screen}, falling back to the common ones. */
    public static ResourceBundle forScreen(String screen, ResourceBundle common) {
        Locale locale = common.getLocale() == null ? Locale.ROOT : common.getLocale();
        return new Messages(ResourceBundle.getBundle("org.summitplanner.ui." + screen + ".messages", locale), common);
    }

    public static String format(ResourceBundle bundle, String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    /**
     * What went wrong, for a status line or a dialog: a refused output in the bundle's language,
     * anything else by its own message.
     */
    public static String problem(ResourceBundle bundle, Throwable error) {
        // a team database's server refused a write the user's role may not make
        var serverRefused = org.summitplanner.service.TeamService.refusal(error);
        if (serverRefused.isPresent()) {
            return serverRefused.get();
        }
        if (error instanceof OutputRefusedException refused && bundle.containsKey("output." + refused.reason())) {
            return format(bundle, "output." + refused.reason(), refused.path(),
                    refused.other() == null ? "" : refused.other());
        }
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    @Override
    public Locale getLocale() {
        return parent.getLocale();
    }

    @Override
    protected Object handleGetObject(String key) {
        return own.containsKey(key) ? own.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(own.keySet());
        keys.addAll(parent.keySet());
        return Collections.enumeration(keys);
    }
}
