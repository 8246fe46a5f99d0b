package org.summitplanner.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of badge at a summit: what it says ("Delegate" / "Délégué"), its colour, and the access
 * zone its holders get unless they have their own.
 *
 * @param code short name, unique in the summit ("DELEGATE")
 * @param colour "#RRGGBB"
 * @param accessZone the zone printed on the badge ("A — all areas"), null when none
 */
public record BadgeCategory(String code, String labelEn, String labelFr, String colour, String accessZone) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public BadgeCategory {
        code = Nfc.of(Texts.blankToNull(code));
        labelEn = Nfc.of(Texts.blankToNull(labelEn));
        labelFr = Nfc.of(Texts.blankToNull(labelFr));
        accessZone = Nfc.of(Texts.blankToNull(accessZone));
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(colour, "colour");
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("badge colour \"" + colour + "\" is not #RRGGBB");
        }
    }

    /** The label in a language: the French one in French when there is one. */
    public String label(Locale locale) {
        return Texts.french(locale) && labelFr != null ? labelFr : labelEn;
    }

    /** The colour as red, green and blue from 0 to 1. */
    public float[] rgb() {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
    }
}
