package org.summitplanner.files;

import java.nio.file.Path;

/** A child process for {@link PartialFilesKillTest}: starts writing a file, says so, and never finishes. */
public final class SlowOutput {

    private SlowOutput() {
    }

    public static void main(String[] args) throws Exception {
        OutputTarget target = OutputTarget.check(Path.of(args[0]), OutputTarget.Access.SHARED);
        target.write(out -> {
            out.write(new byte[200_000]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }
}
