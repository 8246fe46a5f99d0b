package org.summitplanner.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;
import org.summitplanner.files.PrivateFiles;

/**
 * The log file, owner-only (0600) on POSIX systems: logs name files and summits, and errors may
 * quote what was being saved. Logback opens the file with the umask's permissions; this narrows
 * them at once, also for each new file after a rollover (a rolled file keeps them when renamed).
 * The folder is made owner-only by the Launcher before logging starts.
 */
public final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        super.openFile(fileName);
        try {
            PrivateFiles.restrictFile(Path.of(fileName));
        } catch (IOException | RuntimeException e) {
            addWarn("Could not make " + fileName + " owner-only: " + e);
        }
    }
}
