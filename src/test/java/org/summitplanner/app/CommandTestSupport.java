package org.summitplanner.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the headless commands as a script would, on a database file of the test's own. */
abstract class CommandTestSupport {

    @TempDir
    Path dir;

    /** What the last command wrote to stdout and stderr. */
    String out;
    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(new AppPaths(dir.resolve("home")), new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** The test's database: {@code x}, which means x.mv.db in the test's folder. */
    String db() {
        return dir.resolve("x").toString();
    }
}
