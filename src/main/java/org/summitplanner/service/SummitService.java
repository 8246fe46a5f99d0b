package org.summitplanner.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.SummitStore;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.summitfile.SummitFileReader;
import org.summitplanner.summitfile.SummitFileWriter;

/**
 * What the window and the commands do with whole summits: list them, create one, load and export
 * summit files, add the demo summits. Blocking: callers run it off the FX thread.
 */
public final class SummitService {

    /** The Paris demo, packaged from assets/demo/. */
    public static final String DEMO_RESOURCE = "/org/summitplanner/demo/paris-2025.json";

    private static final Logger LOG = LoggerFactory.getLogger(SummitService.class);

    private final SummitStore store;
    private List<Nation> nations;

    public SummitService(SummitStore store) {
        this.store = store;
    }

    public synchronized List<Nation> nations() {
        if (nations == null) {
            nations = store.nations();
        }
        return nations;
    }

    public List<Summit> summits() {
        return store.summits();
    }

    public SummitOverview overview(long summitId) {
        return store.overview(summitId);
    }

    public Summit createSummit(Summit summit) {
        return store.createSummit(requireDays(summit));
    }

    /** Changes the summit's own fields; see {@link SummitStore#updateSummit}. */
    public Summit updateSummit(Summit summit) {
        return store.updateSummit(requireDays(summit));
    }

    /** The rules the summit dialog and the summit file also apply: years in range, at most MAX_DAYS days. */
    private static Summit requireDays(Summit summit) {
        if (!Summit.isYearInRange(summit.firstDay()) || !Summit.isYearInRange(summit.lastDay())) {
            throw new IllegalArgumentException("The summit's days must be in the years " + Summit.FIRST_YEAR + " to "
                    + Summit.LAST_YEAR + ", not " + summit.firstDay() + " to " + summit.lastDay() + ".");
        }
        if (!Summit.isLengthAllowed(summit.firstDay(), summit.lastDay())) {
            throw new IllegalArgumentException("A summit lasts at most " + Summit.MAX_DAYS + " days, not "
                    + summit.dayCount() + ".");
        }
        return summit;
    }

    /** The summit as stored now. */
    public Summit summit(long id) {
        return store.summit(id).orElseThrow(() -> new StaleDataException("summit", id, true));
    }

    public void deleteSummit(long id) {
        store.deleteSummit(id);
    }

    /**
     * Finds a summit by id or exact name; when {@code idOrName} is null, the only summit there is.
     *
     * @throws IllegalArgumentException with a message for the user when there is no such summit,
     *         or none was named and there are several
     */
    public Summit find(String idOrName) {
        if (idOrName == null) {
            List<Summit> all = store.summits();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new IllegalArgumentException(all.isEmpty() ? "The database holds no summit."
                    : "The database holds " + all.size() + " summits; name one with --summit ID|NAME ("
                    + all.stream().map(s -> s.id() + " " + s.name()).collect(Collectors.joining(", ")) + ").");
        }
        Optional<Summit> found = store.summitNamed(idOrName);
        if (found.isEmpty() && idOrName.matches("\\d{1,18}")) {
            found = store.summit(Long.parseLong(idOrName));
        }
        return found.orElseGet(() -> matching(idOrName));
    }

    /**
     * The one summit whose name starts with the text or holds it as whole words, ignoring case ("paris",
     * "Ukraine", "security guarantees"); refused, naming the candidates, when there are several or none.
     */
    private Summit matching(String text) {
        String wanted = text.strip();
        List<Summit> candidates = List.of();
        if (!wanted.isEmpty()) {
            java.util.regex.Pattern words = java.util.regex.Pattern.compile("(^|[^\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(wanted) + "($|[^\\p{L}\\p{N}])",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            String lower = wanted.toLowerCase(java.util.Locale.ROOT);
            candidates = store.summits().stream().filter(s -> s.name().equalsIgnoreCase(wanted)
                    || s.name().toLowerCase(java.util.Locale.ROOT).startsWith(lower) || words.matcher(s.name()).find())
                    .toList();
            List<Summit> exact = candidates.stream().filter(s -> s.name().equalsIgnoreCase(wanted)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No summit with id or name \"" + text + "\" (nor one whose name starts"
                    + " with it or holds it as a word).");
        }
        throw new IllegalArgumentException("\"" + text + "\" fits " + candidates.size() + " summits: "
                + candidates.stream().map(s -> s.id() + " " + s.name()).collect(Collectors.joining(", "))
                + "; name one by its id or more of its name.");
    }

    /** Reads and validates a summit file, then stores it as a new summit; returns the new summit. */
    public Summit load(Path file) throws SummitFileException, IOException {
        return store(read(file, this::nationCodes), file);
    }

    /**
     * Reads and checks a summit file, as {@link #load} does before storing it.
     *
     * @param nationCodes the nation codes the database knows: asked when the checks first need them
     */
    public static SummitFileReader.Loaded read(Path file, Supplier<Set<String>> nationCodes)
            throws SummitFileException, IOException {
        try {
            return new SummitFileReader(nationCodes).readAll(file);
        } catch (SummitFileException e) {
            // the places only: the messages quote the file's values (emails, phones, names)
            LOG.info("Refused {}: {} at {}", file, e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems",
                    e.problems().stream().limit(10).map(p -> (p.line() > 0 ? "line " + p.line() + " column " + p.column()
                            + " " : "") + p.path()).collect(Collectors.joining(", ")));
            throw e;
        }
    }

    /** Stores what {@link #read} read from {@code file}, as {@link #load} does. */
    public Summit store(SummitFileReader.Loaded loaded, Path file) {
        Summit summit = store(loaded.content(), loaded.extras(), "load", String.valueOf(file.getFileName()));
        LOG.info("Loaded {} as summit {} \"{}\"", file, summit.id(), summit.name());
        return summit;
    }

    /** The codes of the nations the database knows. */
    public Set<String> nationCodes() {
        return nations().stream().map(Nation::code).collect(Collectors.toSet());
    }

    public Summit loadDemo() {
        try (InputStream in = SummitService.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo summit is missing from the application: " + DEMO_RESOURCE);
            }
            SummitFileReader.Loaded loaded = new SummitFileReader(nationCodes()).readAll(in.readAllBytes(), "demo summit");
            return store(loaded.content(), loaded.extras(), "demo", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SummitFileException e) {
            throw new IllegalStateException("the packaged demo summit is invalid: " + e.getMessage(), e);
        }
    }

    /** Builds and stores the deterministic UN-week-sized summit. */
    public Summit loadScaleDemo() {
        return store(new ScaleSummit(nations()).generate(), SummitExtras.NONE, "demo", null);
    }

    /**
     * Where a summit file may be written: the output rule, owner-only since a summit file holds
     * emails and phone numbers. Check it before any work, so that a refusal changes nothing.
     */
    public static OutputTarget exportTarget(Path file, Path... inputs) throws OutputRefusedException {
        return OutputTarget.check(file, OutputTarget.Access.PRIVATE, inputs);
    }

    public void export(long summitId, Path file) throws IOException {
        export(summitId, exportTarget(file));
    }

    public void export(long summitId, OutputTarget target) throws IOException {
        SummitStore.Whole whole = store.readWhole(summitId);
        new SummitFileWriter().write(whole.content(), whole.extras(), target);
        LOG.info("Exported summit {} to {}", summitId, target.path());
    }

    public byte[] export(long summitId) {
        SummitStore.Whole whole = store.readWhole(summitId);
        return new SummitFileWriter().write(whole.content(), whole.extras());
    }

    /**
     * Stores a new summit; a name that is taken gets " (2)", " (3)" ... so a second load never fails. The
     * audit log records it as one bulk write of {@code operation} ("load", "demo") from {@code source} (a file).
     */
    private Summit store(SummitContent content, SummitExtras extras, String operation, String source) {
        Summit summit = content.summit();
        String name = summit.name();
        for (int n = 2; store.summitNamed(name).isPresent(); n++) {
            name = summit.name() + " (" + n + ")";
        }
        SummitContent named = new SummitContent(summit.withName(name), content.participations(), content.rooms(),
                content.attendees(), content.agenda(), content.bilaterals(), content.precedence());
        long id = store.insert(named, extras, operation, source);
        return store.summit(id).orElseThrow();
    }
}
