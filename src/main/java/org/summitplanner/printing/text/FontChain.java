package org.summitplanner.printing.text;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printouts' fonts, in order: Liberation Sans from the PDFBox jar for Latin, Greek and
 * Cyrillic, then for each other script the first font of its list found among the system's fonts
 * (Noto first, then what Windows and macOS ship). Fonts are found by file name and opened only when
 * a character of their script is printed, once per program.
 *
 * <p>Where no font has a character, {@link #missingAdvice} says which package to install.
 */
public final class FontChain {

    private static final Logger LOG = LoggerFactory.getLogger(FontChain.class);

    /** Liberation Sans, inside the PDFBox jar (SIL Open Font License). */
    public static final String PRIMARY = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Debian's (and Ubuntu's) package with every Noto font but CJK and emoji. */
    public static final String NOTO_CORE = "fonts-noto-core";
    /** Debian's (and Ubuntu's) package with Noto Sans CJK. */
    public static final String NOTO_CJK = "fonts-noto-cjk";

    private static volatile FontChain system;

    private final FontFolders folders;
    private final Face primary;
    private final Map<Group, Optional<Face>> found = new EnumMap<>(Group.class);
    private final Map<UnicodeScript, Optional<Face>> byConvention = new EnumMap<>(UnicodeScript.class);
    private final Map<String, Optional<Face>> cjk = new java.util.HashMap<>();
    private List<Face> fallbacks;

    /** Script groups with a font list of their own; any other script is found by Noto's file names. */
    enum Group {
        ARABIC(NOTO_CORE, false, "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
                "NotoSansArabicUI-Regular.ttf", "NotoNaskhArabicUI-Regular.ttf", "segoeui.ttf", "tahoma.ttf",
                "arial.ttf", "DejaVuSans.ttf"),
        HEBREW(NOTO_CORE, false, "NotoSansHebrew-Regular.ttf", "NotoSerifHebrew-Regular.ttf", "segoeui.ttf",
                "arial.ttf", "DejaVuSans.ttf"),
        DEVANAGARI(NOTO_CORE, true, "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagariUI-Regular.ttf",
                "Nirmala.ttf", "mangal.ttf", "Lohit-Devanagari.ttf"),
        BENGALI(NOTO_CORE, true, "NotoSansBengali-Regular.ttf", "NotoSansBengaliUI-Regular.ttf", "Nirmala.ttf",
                "vrinda.ttf"),
        GUJARATI(NOTO_CORE, true, "NotoSansGujarati-Regular.ttf", "NotoSansGujaratiUI-Regular.ttf", "Nirmala.ttf",
                "shruti.ttf"),
        THAI(NOTO_CORE, false, "NotoSansThai-Regular.ttf", "NotoSansThaiUI-Regular.ttf", "LeelawUI.ttf",
                "leelawad.ttf", "tahoma.ttf"),
        GEORGIAN(NOTO_CORE, false, "NotoSansGeorgian-Regular.ttf", "sylfaen.ttf", "DejaVuSans.ttf"),
        ARMENIAN(NOTO_CORE, false, "NotoSansArmenian-Regular.ttf", "sylfaen.ttf", "DejaVuSans.ttf"),
        ETHIOPIC(NOTO_CORE, false, "NotoSansEthiopic-Regular.ttf", "nyala.ttf", "ebrima.ttf"),
        CJK(NOTO_CJK, false, "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf",
                "NotoSansSC-Regular.ttf", "NotoSansCJKjp-Regular.otf", "NotoSansCJKkr-Regular.otf",
                "wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
                "msyh.ttc", "simsun.ttc", "YuGothM.ttc", "malgun.ttf", "PingFang.ttc", "Hiragino Sans GB.ttc",
                "AppleSDGothicNeo.ttc");

        final String debianPackage;
        final boolean shaping;
        final List<String> files;

        Group(String debianPackage, boolean shaping, String... files) {
            this.debianPackage = debianPackage;
            this.shaping = shaping;
            this.files = List.of(files);
        }

        static Group of(UnicodeScript script) {
            return switch (script) {
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                case DEVANAGARI -> DEVANAGARI;
                case BENGALI -> BENGALI;
                case GUJARATI -> GUJARATI;
                case THAI -> THAI;
                case GEORGIAN -> GEORGIAN;
                case ARMENIAN -> ARMENIAN;
                case ETHIOPIC -> ETHIOPIC;
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> CJK;
                default -> null;
            };
        }
    }

    FontChain(FontFolders folders) {
        this.folders = folders;
        this.primary = Face.resource(PRIMARY);
    }

    /** The chain over this machine's fonts (or {@link FontFolders#PROPERTY}'s), made once. */
    public static FontChain system() {
        FontChain chain = system;
        if (chain == null) {
            synchronized (FontChain.class) {
                if (system == null) {
                    system = new FontChain(FontFolders.system());
                }
                chain = system;
            }
        }
        return chain;
    }

    /** A chain over the fonts of these folders only (tests, a machine's own font folder). */
    public static FontChain of(FontFolders folders) {
        return new FontChain(folders);
    }

    public FontFolders folders() {
        return folders;
    }

    /** Liberation Sans: Latin, Greek, Cyrillic, digits and punctuation. */
    public Face primary() {
        return primary;
    }

    /**
     * The font for a character that the primary font lacks: its script's font when that has it,
     * else a general fallback (Noto Sans, symbols), else null.
     */
    public Face faceFor(int codePoint) {
        if (primary.has(codePoint)) {
            return primary;
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        Face face = scriptFace(script, null);
        if (face != null && face.has(codePoint)) {
            return face;
        }
        for (Face fallback : fallbacks()) {
            if (fallback.has(codePoint)) {
                return fallback;
            }
        }
        return null;
    }

    /**
     * The font of a script; for Chinese, Japanese and Korean the face that suits the run's text
     * (Japanese forms where it has kana, Korean where it has hangul, else simplified Chinese).
     */
    synchronized Face scriptFace(UnicodeScript script, String runText) {
        Group group = Group.of(script);
        if (group == Group.CJK) {
            return cjkFace(runText == null ? "" : runText);
        }
        if (group != null) {
            return found.computeIfAbsent(group, g -> Optional.ofNullable(first(g.files, g.shaping, g == Group.ARABIC)))
                    .orElse(null);
        }
        return byConvention.computeIfAbsent(script, s -> Optional.ofNullable(byNotoName(s))).orElse(null);
    }

    private Face cjkFace(String runText) {
        String variant = runText.codePoints().anyMatch(cp -> UnicodeScript.of(cp) == UnicodeScript.HANGUL) ? "kr"
                : runText.codePoints().anyMatch(cp -> {
                    UnicodeScript s = UnicodeScript.of(cp);
                    return s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA;
                }) ? "jp" : "sc";
        return cjk.computeIfAbsent(variant, v -> Optional.ofNullable(findCjk(v))).orElse(null);
    }

    private Face findCjk(String variant) {
        for (String name : Group.CJK.files) {
            Path path = folders.find(name);
            if (path == null) {
                continue;
            }
            try {
                String faceName = null;
                if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    List<String> faces = Face.faceNames(path);
                    faceName = faces.stream().filter(f -> f.toLowerCase(Locale.ROOT).contains("cjk" + variant)
                            && !f.toLowerCase(Locale.ROOT).contains("mono")).findFirst().orElse(faces.isEmpty() ? null : faces.get(0));
                }
                Face face = Face.file(path, faceName, false);
                face.has('A');
                LOG.info("CJK ({}) characters are printed in {}", variant, face.label());
                return face;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot use the font {}: {}", path, e.getMessage());
            }
        }
        return null;
    }

    /** The first usable font of a list; an Arabic font must map the contextual forms ICU shapes into. */
    private Face first(List<String> names, boolean shaping, boolean arabic) {
        for (String name : names) {
            Path path = folders.find(name);
            if (path == null) {
                continue;
            }
            try {
                Face face = Face.file(path, null, shaping);
                if (arabic && !(face.has(0xFE8E) && face.has(0xFEDF))) {
                    continue;
                }
                face.has('A');
                LOG.info("{} is used for its script", face.label());
                return face;
            } catch (RuntimeException e) {
                LOG.warn("Cannot use the font {}: {}", path, e.getMessage());
            }
        }
        return null;
    }

    /** Noto's names: NotoSansTamil-Regular.ttf for TAMIL, NotoSansOlChiki-Regular.ttf for OL_CHIKI. */
    private Face byNotoName(UnicodeScript script) {
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
            return null;
        }
        StringBuilder camel = new StringBuilder();
        for (String part : script.name().toLowerCase(Locale.ROOT).split("_")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return first(List.of("NotoSans" + camel + "-Regular.ttf", "NotoSerif" + camel + "-Regular.ttf",
                "NotoSans" + camel + "-Regular.otf"), false, false);
    }

    private synchronized List<Face> fallbacks() {
        if (fallbacks == null) {
            List<Face> list = new ArrayList<>();
            for (String name : List.of("NotoSans-Regular.ttf", "NotoSansSymbols-Regular.ttf",
                    "NotoSansSymbols2-Regular.ttf", "NotoSansMath-Regular.ttf", "DejaVuSans.ttf", "seguisym.ttf")) {
                Face face = first(List.of(name), false, false);
                if (face != null) {
                    list.add(face);
                }
            }
            fallbacks = List.copyOf(list);
        }
        return fallbacks;
    }

    /**
     * What to install so that characters of this script print: the Debian package, and the fonts
     * by name for other systems.
     */
    public static String missingAdvice(UnicodeScript script) {
        Group group = Group.of(script);
        if (group == Group.CJK) {
            return "install the " + NOTO_CJK + " package (Debian, Ubuntu) or the Noto Sans CJK fonts";
        }
        String name = displayName(script);
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
            return "install the " + NOTO_CORE + " package (Debian, Ubuntu) or the Noto Sans Symbols fonts";
        }
        return "install the " + NOTO_CORE + " package (Debian, Ubuntu) or the Noto Sans " + name + " font";
    }

    /** "Arabic", "Han (Chinese, Japanese)", "Old Italic" for messages. */
    public static String displayName(UnicodeScript script) {
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
            return "symbol";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : script.name().toLowerCase(Locale.ROOT).split("_")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return switch (script) {
            case HAN -> "Chinese (Han)";
            case HANGUL -> "Korean (Hangul)";
            case HIRAGANA, KATAKANA -> "Japanese (" + sb + ")";
            default -> sb.toString();
        };
    }
}
