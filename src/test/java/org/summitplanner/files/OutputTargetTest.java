package org.summitplanner.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.files.OutputRefusedException.Reason;
import org.summitplanner.files.OutputTarget.Access;

/** The output rule on its own: what it refuses, and that a write is whole or nothing. */
class OutputTargetTest {

    @TempDir
    Path dir;

    private static final byte[] H2_HEAD = "H:2,block:2,blockSize:1000,chunk:1,".getBytes(StandardCharsets.ISO_8859_1);

    private Reason refusal(Path target, Path... inputs) {
        return assertThrows(OutputRefusedException.class, () -> OutputTarget.check(target, Access.SHARED, inputs))
                .reason();
    }

    private static void write(OutputTarget target, String text) throws IOException {
        target.write(out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    /** Everything in the folder, hidden files included. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void databaseFileNamesAreRefusedWhetherOrNotTheyExist() {
        assertEquals(Reason.DATABASE_NAME, refusal(dir.resolve("p.mv.db")));
        assertEquals(Reason.DATABASE_NAME, refusal(dir.resolve("P.MV.DB")));
        assertEquals(Reason.DATABASE_NAME, refusal(dir.resolve("p.trace.db")));
        assertEquals(Reason.DATABASE_NAME, refusal(dir.resolve("p.lock.db")));
    }

    @Test
    void aFileWithTheH2HeaderIsRefusedWhateverItsName() throws Exception {
        Path copy = Files.write(dir.resolve("backup.pdf"), H2_HEAD);
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputTarget.check(copy, Access.SHARED));
        assertEquals(Reason.DATABASE_CONTENT, e.reason());
        assertEquals("Refused to write " + copy + ": it is a database. Nothing was written.", e.getMessage());
        assertArrayEquals(H2_HEAD, Files.readAllBytes(copy));
    }

    @Test
    void theInputItselfIsRefusedAlsoThroughALinkOrAHardLink() throws Exception {
        Path input = Files.writeString(dir.resolve("a.csv"), "Name,Country\nJean,France\n");
        assertEquals(Reason.INPUT, refusal(input, input));
        assertEquals(Reason.INPUT, refusal(dir.resolve("sub/../a.csv"), input));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);
        assertEquals(Reason.INPUT, refusal(link, input));
        Path hard = Files.createLink(dir.resolve("hard.csv"), input);
        assertEquals(Reason.INPUT, refusal(hard, input));
        assertEquals(Reason.INPUT, refusal(input, hard));
        assertEquals("Name,Country\nJean,France\n", Files.readString(input));
    }

    @Test
    void foldersFifosDevicesAndBrokenLinksAreRefused() throws Exception {
        assertEquals(Reason.FOLDER, refusal(Files.createDirectory(dir.resolve("out"))));
        assertEquals(Reason.NO_FOLDER, refusal(dir.resolve("missing/out.pdf")));
        assertEquals(Reason.DANGLING_LINK, refusal(Files.createSymbolicLink(dir.resolve("gone.pdf"), dir.resolve("nowhere"))));
        assertEquals(Reason.FIFO, refusal(SpecialFiles.fifo(dir.resolve("pipe"))));
        Path device = SpecialFiles.nullDevice(dir.resolve("null"));
        assertEquals(Reason.DEVICE, refusal(device));
        assertTrue(Files.exists(device) && !Files.isRegularFile(device), "the device is still a device");
    }

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNoPartialFile() throws Exception {
        Path pdf = Files.writeString(dir.resolve("agenda.pdf"), "old");
        write(OutputTarget.check(pdf, Access.SHARED), "new");
        assertEquals("new", Files.readString(pdf));
        assertEquals(List.of("agenda.pdf"), names());
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoPartialFile() throws Exception {
        Path pdf = Files.writeString(dir.resolve("agenda.pdf"), "old");
        OutputTarget target = OutputTarget.check(pdf, Access.SHARED);
        IOException thrown = assertThrows(IOException.class, () -> target.write(out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", thrown.getMessage());
        assertEquals("old", Files.readString(pdf));
        assertEquals(List.of("agenda.pdf"), names());
    }

    @Test
    void theTargetIsCheckedAgainBeforeTheMove() throws Exception {
        Path report = dir.resolve("report.csv");
        OutputTarget target = OutputTarget.check(report, Access.PRIVATE);
        // a database appears under that name while the report is being written
        assertThrows(OutputRefusedException.class, () -> target.write(out -> {
            Files.write(report, H2_HEAD);
            out.write(1);
            return null;
        }));
        assertArrayEquals(H2_HEAD, Files.readAllBytes(report));
        assertEquals(List.of("report.csv"), names());
    }

    @Test
    void aLinkIsFollowedAndStays() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("archive")).resolve("v3.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("current.pdf"), real);
        write(OutputTarget.check(link, Access.SHARED), "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void privateFilesAreOwnerOnlyAndSharedOnesKeepTheirPermissions() throws Exception {
        Path export = dir.resolve("paris.json");
        write(OutputTarget.check(export, Access.PRIVATE), "{}");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));

        Path pdf = Files.writeString(dir.resolve("agenda.pdf"), "old");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r-----"));
        write(OutputTarget.check(pdf, Access.SHARED), "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));

        // an export that replaces a readable file still ends owner-only
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-r--r--"));
        write(OutputTarget.check(export, Access.PRIVATE), "{ }");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
    }

    @Test
    void partialFilesOfProcessesThatAreGoneAreRemovedByTheNextWrite() throws Exception {
        // a pid far above any real one (pid_max is at most 2^22) stands for a writer killed with -9
        Path stale = Files.writeString(dir.resolve(".summit-planner-99999999-lq2x3k0-abc.tmp"), "half");
        Path mine = PartialFiles.register(dir);
        Files.writeString(mine, "being written by this process");
        Path other = Files.writeString(dir.resolve(".summit-planner-notes.txt"), "not ours");
        write(OutputTarget.check(dir.resolve("agenda.pdf"), Access.SHARED), "new");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(mine), "a live process's partial file stays");
        assertTrue(Files.exists(other));
        PartialFiles.discard(mine);
    }

    @Test
    void partialFilesLeftByTheEarlierBuildAreRemovedOnceOld() throws Exception {
        Path old = Files.writeString(dir.resolve(".print-42433f45-ac6c-4f70-a5fe-75e98c9a5913.pdf"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        Path recent = Files.writeString(dir.resolve(".ics-52433f45-ac6c-4f70-a5fe-75e98c9a5913.ics"), "half");
        write(OutputTarget.check(dir.resolve("agenda.pdf"), Access.SHARED), "new");
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent), "it may still be being written by a running older version");
    }
}
