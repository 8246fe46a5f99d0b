package org.summitplanner.printing.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The font files of this machine, by file name: the fontconfig folders on Linux (and those
 * /etc/fonts names), the Windows and macOS font folders. Only names are read here, which takes a
 * few milliseconds for a thousand files; fonts are opened when a script needs them.
 *
 * <p>The system property {@code summitplanner.fonts.dirs} (folders separated by the path separator)
 * replaces the system's folders, so tests can print as on a machine without some fonts.
 */
public final class FontFolders {

    /** Overrides the system's font folders; empty means no system fonts at all. */
    public static final String PROPERTY = "summitplanner.fonts.dirs";

    private static final Pattern DIR = Pattern.compile("<dir[^>]*>\\s*([^<]+?)\\s*</dir>");

    private final Map<String, Path> byName;
    private final List<Path> folders;

    private FontFolders(List<Path> folders) {
        this.folders = List.copyOf(folders);
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 8, FileVisitOption.FOLLOW_LINKS)) {
                files.filter(FontFolders::isFontFile)
                        .forEach(p -> found.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | RuntimeException e) {
                // an unreadable folder only means fewer fonts; a missing glyph is reported when it matters
            }
        }
        this.byName = found;
    }

    /** The folders of this machine, or those of {@value #PROPERTY} when it is set. */
    public static FontFolders system() {
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            List<Path> dirs = new ArrayList<>();
            for (String part : override.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    dirs.add(Path.of(part.strip()));
                }
            }
            return new FontFolders(dirs);
        }
        return new FontFolders(systemFolders());
    }

    public static FontFolders of(List<Path> folders) {
        return new FontFolders(folders);
    }

    public List<Path> folders() {
        return folders;
    }

    /** A font file with this name (any case) in any folder, or null. */
    public Path find(String fileName) {
        return byName.get(fileName.toLowerCase(Locale.ROOT));
    }

    /** Every font file whose name starts with {@code prefix} (any case), in folder order. */
    public List<Path> startingWith(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return byName.entrySet().stream().filter(e -> e.getKey().startsWith(p)).map(Map.Entry::getValue).toList();
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) && Files.isRegularFile(p);
    }

    private static List<Path> systemFolders() {
        Set<Path> dirs = new LinkedHashSet<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            dirs.add(Path.of(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            dirs.add(Path.of("/System/Library/Fonts"));
            dirs.add(Path.of("/System/Library/Fonts/Supplemental"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        } else {
            String dataHome = System.getenv("XDG_DATA_HOME");
            dirs.add(dataHome != null ? Path.of(dataHome, "fonts") : Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of("/usr/local/share/fonts"));
            dirs.add(Path.of("/usr/share/fonts"));
            dirs.addAll(fontconfigFolders(home));
        }
        return new ArrayList<>(dirs);
    }

    /** The {@code <dir>} entries of /etc/fonts/fonts.conf and its conf.d files. */
    private static List<Path> fontconfigFolders(String home) {
        List<Path> dirs = new ArrayList<>();
        List<Path> confs = new ArrayList<>();
        confs.add(Path.of("/etc/fonts/fonts.conf"));
        try (Stream<Path> conf = Files.list(Path.of("/etc/fonts/conf.d"))) {
            conf.filter(p -> p.toString().endsWith(".conf")).sorted().forEach(confs::add);
        } catch (IOException | RuntimeException e) {
            // no fontconfig: the usual folders above are all there is
        }
        for (Path conf : confs) {
            try {
                Matcher m = DIR.matcher(Files.readString(conf, StandardCharsets.UTF_8));
                while (m.find()) {
                    String dir = m.group(1);
                    dirs.add(dir.startsWith("~/") ? Path.of(home, dir.substring(2)) : Path.of(dir));
                }
            } catch (IOException | RuntimeException e) {
                // unreadable or not UTF-8: skip it
            }
        }
        return dirs;
    }

    @Override
    public String toString() {
        return byName.size() + " font files in " + folders;
    }
}
