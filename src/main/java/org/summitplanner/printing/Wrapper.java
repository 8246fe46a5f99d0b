package org.summitplanner.printing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when it alone is too wide. */
final class Wrapper {

    private final TextMeasure measure;

    Wrapper(TextMeasure measure) {
        this.measure = measure;
    }

    List<Line> wrap(String text, Style style, float scale, float width) {
        float size = style.size() * scale;
        List<Line> lines = new ArrayList<>();
        for (String paragraph : measure.printable(text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, Style style, float size, float width, List<Line> out) {
        if (measure.width(text, size) <= width) {
            out.add(new Line(text, style, size));
            return;
        }
        // widths add up word by word: re-measuring the whole line for each word is quadratic, and
        // participant lists of a plenary run to hundreds of words
        float space = measure.width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" +")) {
            float wordWidth = measure.width(word, size);
            if (line.isEmpty() && wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                out.add(new Line(line.toString(), style, size));
                line.setLength(0);
                lineWidth = 0;
            }
            String rest = word;
            while (measure.width(rest, size) > width && rest.length() > 1) {
                int fit = fitting(rest, size, width);
                out.add(new Line(rest.substring(0, fit), style, size));
                rest = rest.substring(fit);
            }
            line.append(rest);
            lineWidth = measure.width(rest, size);
        }
        if (!line.isEmpty()) {
            out.add(new Line(line.toString(), style, size));
        }
    }

    /**
     * How many leading characters of a too-long word fit, cut between whole characters as a reader
     * sees them (a Devanagari conjunct, a letter with its marks, a surrogate pair); at least one, so
     * wrapping always ends. Chinese and Japanese names have no spaces and are cut here too.
     */
    private int fitting(String word, float size, float width) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int n = clusters.following(0);
        for (int next = clusters.next(); next != BreakIterator.DONE && next < word.length()
                && measure.width(word.substring(0, next), size) <= width; next = clusters.next()) {
            n = next;
        }
        return n;
    }
}
