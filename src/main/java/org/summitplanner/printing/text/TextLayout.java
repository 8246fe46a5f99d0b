package org.summitplanner.printing.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.lang.Character.UnicodeScript;
import java.text.Bidi;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a line of text out into runs that each have one font and one direction: the piece of the
 * printing that knows about scripts. Characters go to the first font of the {@link FontChain} that
 * has them (spaces, digits and marks stay with the run around them); the Unicode bidirectional
 * algorithm (java.text.Bidi) orders the runs and reverses the right-to-left ones; Arabic letters
 * are joined into their contextual forms (ICU4J ArabicShaping). Devanagari, Bengali and Gujarati
 * runs are left in reading order: PDFBox forms their conjuncts from the font's substitution table
 * when drawing, and widths are measured the same way.
 *
 * <p>Safe from any thread. Text that is all Latin, Greek or Cyrillic in the primary font takes a
 * short path (one run), so the common case costs what it did before.
 */
public final class TextLayout {

    /** What a character no font has is drawn as. */
    static final int MISSING = 0x25A1;

    private static volatile TextLayout system;

    private final FontChain chain;
    private final Face primary;

    public TextLayout(FontChain chain) {
        this.chain = chain;
        this.primary = chain.primary();
    }

    /** The layout over the system's fonts, made once. */
    public static TextLayout system() {
        TextLayout layout = system;
        if (layout == null) {
            synchronized (TextLayout.class) {
                if (system == null) {
                    system = new TextLayout(FontChain.system());
                }
                layout = system;
            }
        }
        return layout;
    }

    public FontChain chain() {
        return chain;
    }

    /** Width in points of one line of text at a size. */
    public float width(String text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = simple(c) ? primary.advance(c) : -1;
            if (w < 0) {
                return line(text).width(size);
            }
            total += w;
        }
        return total * size / 1000f;
    }

    /** The text with control characters (tabs, stray line feeds) turned into spaces; line breaks kept. */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' || !Character.isISOControl(c);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : ' ');
            }
        }
        String result = sb == null ? text : sb.toString();
        return Normalizer.isNormalized(result, Normalizer.Form.NFC) ? result
                : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /** The scripts of the characters of this text that no font has; empty when it all prints. */
    public Set<UnicodeScript> missing(String text) {
        Set<UnicodeScript> missing = EnumSet.noneOf(UnicodeScript.class);
        String t = printable(text);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (!(cp < 0x10000 && simple((char) cp) && primary.has(cp)) && !ignorable(cp) && chain.faceFor(cp) == null) {
                missing.add(scriptOf(cp));
            }
        }
        return missing;
    }

    /** One line (no line breaks) laid out into runs in visual order. */
    public TextLine line(String text) {
        if (isSimple(text)) {
            float width = primary.width(text);
            return new TextLine(text, text.isEmpty() ? List.of()
                    : List.of(new TextLine.Run(primary, text, text, 0, width, false, false, false)), width, Set.of());
        }
        String t = printable(text);
        int n = t.length();
        byte[] levels = new byte[n];
        char[] chars = t.toCharArray();
        if (Bidi.requiresBidi(chars, 0, n)) {
            Bidi bidi = new Bidi(t, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            for (int i = 0; i < n; i++) {
                levels[i] = (byte) bidi.getLevelAt(i);
            }
        }
        List<Segment> segments = segments(t, levels);
        Set<UnicodeScript> missing = EnumSet.noneOf(UnicodeScript.class);
        List<TextLine.Run> logical = new ArrayList<>(segments.size());
        byte[] runLevels = new byte[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            runLevels[s] = seg.level;
            logical.add(shape(t.substring(seg.start, seg.end), seg, missing));
        }
        TextLine.Run[] visual = logical.toArray(new TextLine.Run[0]);
        if (visual.length > 1) {
            Bidi.reorderVisually(runLevels, 0, visual, 0, visual.length);
        }
        List<TextLine.Run> placed = new ArrayList<>(visual.length);
        float x = 0;
        for (TextLine.Run run : visual) {
            placed.add(new TextLine.Run(run.face(), run.logical(), run.visual(), x, run.width(), run.rightToLeft(),
                    run.actualText(), run.missing()));
            x += run.width();
        }
        return new TextLine(text, placed, x, missing);
    }

    private record Segment(int start, int end, Face face, byte level, boolean missing) {
    }

    /** Splits the text (logical order) where the font or the direction changes. */
    private List<Segment> segments(String t, byte[] levels) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        Face face = null;
        boolean missing = false;
        byte level = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            byte l = levels[i];
            Face f;
            boolean m;
            if (i > start && ignorable(cp)) {
                // joiners and marks of direction belong to the run they sit in
                f = face;
                m = missing;
                l = level;
            } else if (i > start && l == level && neutral(cp) && !missing && face.has(cp)) {
                f = face;
                m = false;
            } else {
                f = chain.faceFor(cp);
                m = f == null;
                if (m) {
                    f = primary;
                }
            }
            if (i > start && (f != face || l != level || m != missing)) {
                segments.add(new Segment(start, i, face, level, missing));
                start = i;
            }
            face = f;
            level = l;
            missing = m;
            i = next;
        }
        if (start < t.length()) {
            segments.add(new Segment(start, t.length(), face, level, missing));
        }
        return segments;
    }

    private TextLine.Run shape(String logical, Segment seg, Set<UnicodeScript> missing) {
        if (seg.missing) {
            logical.codePoints().filter(cp -> !ignorable(cp)).forEach(cp -> missing.add(scriptOf(cp)));
            String box = new String(Character.toChars(primary.has(MISSING) ? MISSING : '?'));
            StringBuilder sb = new StringBuilder();
            BreakIterator clusters = BreakIterator.getCharacterInstance();
            clusters.setText(logical);
            for (int b = clusters.next(); b != BreakIterator.DONE; b = clusters.next()) {
                sb.append(box);
            }
            String visual = sb.toString();
            return new TextLine.Run(primary, logical, visual, 0, primary.width(visual), (seg.level & 1) == 1, true, true);
        }
        Face face = seg.face;
        UnicodeScript script = UnicodeScript.of(firstLetter(logical));
        if (face != primary && FontChain.Group.of(script) == FontChain.Group.CJK) {
            // Chinese, Japanese or Korean: the face that suits this run's characters
            Face suited = chain.scriptFace(script, logical);
            if (suited != null && logical.codePoints().allMatch(cp -> suited.has(cp) || ignorable(cp))) {
                face = suited;
            }
        }
        boolean rtl = (seg.level & 1) == 1;
        String visual = logical;
        if (rtl) {
            if (logical.codePoints().anyMatch(cp -> UnicodeScript.of(cp) == UnicodeScript.ARABIC)) {
                visual = arabicForms(logical);
            }
            visual = reversed(visual);
        }
        visual = drawable(visual, face);
        // a right-to-left run is drawn in visual order with a character per glyph, which PDFBox and
        // poppler both read back in reading order (Arabic as presentation forms, which PDFBox turns
        // back into letters); an ActualText there would be read reversed by poppler
        boolean actual = !rtl && (face.shaping() || !visual.equals(logical));
        return new TextLine.Run(face, logical, visual, 0, face.width(visual), rtl, actual, false);
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!neutral(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return text.isEmpty() ? ' ' : text.codePointAt(0);
    }

    /** Arabic letters in their initial, medial, final or isolated forms (the presentation forms). */
    private static String arabicForms(String logical) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException e) {
            return logical;
        }
    }

    /** Right-to-left text in drawing order: clusters reversed (marks stay after their letter), brackets mirrored. */
    private static String reversed(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        List<String> parts = new ArrayList<>();
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            parts.add(text.substring(start, end));
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            int first = part.codePointAt(0);
            int mirror = UCharacter.getMirror(first);
            sb.appendCodePoint(mirror).append(part, Character.charCount(first), part.length());
        }
        return sb.toString();
    }

    /** Drops what the font cannot draw and nobody sees (joiners, direction marks) so PDFBox never refuses a run. */
    private static String drawable(String visual, Face face) {
        StringBuilder sb = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean ok = face.has(cp);
            if (!ok && sb == null) {
                sb = new StringBuilder(visual.length()).append(visual, 0, i);
            }
            if (sb != null && ok) {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb == null ? visual : sb.toString();
    }

    private static UnicodeScript scriptOf(int cp) {
        return UnicodeScript.of(cp);
    }

    private static boolean neutral(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED;
    }

    /** Invisible format characters: joiners, direction marks, variation selectors. */
    static boolean ignorable(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private boolean isSimple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!simple(c) || !primary.has(c)) {
                return false;
            }
        }
        return true;
    }

    /** Needs no direction, joining or shaping: below Hebrew, or punctuation and symbols above it. */
    private static boolean simple(char c) {
        if (c < 0x0590) {
            return c >= 0x20;
        }
        if (c >= 0x1E00 && c < 0x2000) {
            return true;
        }
        return c >= 0x2010 && c < 0x2060 && (c < 0x202A || c > 0x202E);
    }
}
