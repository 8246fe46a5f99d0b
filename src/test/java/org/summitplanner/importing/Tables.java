package org.summitplanner.importing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: the small files in src/test/resources and a sink that keeps what it reads. */
final class Tables {

    private Tables() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Tables.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the header and the rows. */
    static class Kept implements RowSink {
        List<String> header;
        final List<RawRow> rows = new ArrayList<>();

        @Override
        public void header(List<String> headers) {
            header = headers;
        }

        @Override
        public void row(RawRow row) {
            rows.add(row);
        }
    }

    static Kept read(Path file, String sheet) throws ImportException {
        Kept kept = new Kept();
        TableFile.open(file).read(sheet, kept);
        return kept;
    }
}
