package org.summitplanner.seating;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the seating checks report about a plan.
 *
 * @param nation the delegation concerned (its code)
 * @param who the person concerned, as named on the plan; null when it is about a delegation
 */
public record SeatingProblem(Kind kind, String nation, String who) {

    public enum Kind {
        /** A delegation taking part in the item has no place. */
        DELEGATION_WITHOUT_SEAT,
        /** A person (or a delegation at the table) has more than one place. */
        SEATED_TWICE,
        /** A chair for a nation that is not invited or declined. */
        UNINVITED_SEATED,
        /** A person on a chair behind the table at another delegation's place (plenary). */
        BEHIND_ANOTHER_DELEGATION
    }

    /** The message in English or French; {@code nationName} is the nation's name in that language. */
    public String message(Locale locale, String nationName) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.summitplanner.seating.messages",
                "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = (kind == Kind.SEATED_TWICE || kind == Kind.BEHIND_ANOTHER_DELEGATION) && who == null
                ? kind.name() + ".delegation" : kind.name();
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {nationName, who});
    }
}
