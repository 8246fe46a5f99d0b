package org.summitplanner.model;

import java.time.LocalDate;

/**
 * What protocol needs to know of a person beyond the attendee's other fields.
 *
 * @param style the style of address (H.E., H.R.H., ...), null when none
 * @param styleEn a style written out by hand in English ("H.E. Mr"), used instead of the style and
 *                honorific in English; null when none
 * @param styleFr the same in French ("S.E. M.", "Mme la Ministre"); null when none
 * @param tookOffice when the person took up the office that gives their rank; earlier ranks higher
 *                   among people of the same rank; null when not recorded
 * @param handPosition the person's place in the delegation when the delegation is ordered by hand
 *                     (1 first); null when not placed by hand
 */
public record ProtocolDetails(AddressStyle style, String styleEn, String styleFr, LocalDate tookOffice,
                              Integer handPosition) {

    /** Nothing recorded. */
    public static final ProtocolDetails NONE = new ProtocolDetails(null, null, null, null, null);

    public ProtocolDetails {
        styleEn = Nfc.of(Texts.blankToNull(styleEn == null ? null : styleEn.strip()));
        styleFr = Nfc.of(Texts.blankToNull(styleFr == null ? null : styleFr.strip()));
        if (handPosition != null && handPosition < 1) {
            throw new IllegalArgumentException("hand position " + handPosition + " is not 1 or more");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public ProtocolDetails withHandPosition(Integer position) {
        return new ProtocolDetails(style, styleEn, styleFr, tookOffice, position);
    }
}
