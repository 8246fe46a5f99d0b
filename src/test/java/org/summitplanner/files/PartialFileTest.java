package org.summitplanner.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new database file made under a partial name and put in place (decision 0041). */
class PartialFileTest {

    @TempDir
    Path dir;

    @Test
    void thePartialFileIsPutInPlaceWithItsContentAndPermissionsAndGoes() throws Exception {
        Path target = dir.resolve("x.mv.db");
        PartialFile partial = PartialFile.forDatabase(target);
        assertTrue(partial.path().getFileName().toString().endsWith(".tmp.mv.db"), partial.path().toString());
        Files.writeString(partial.path(), "whole");
        PrivateFiles.restrictFile(partial.path());

        partial.moveIntoPlace();

        assertEquals("whole", Files.readString(target));
        assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(target));
        assertEquals(List.of("x.mv.db"), names());
    }

    @Test
    void aFileThatAppearedAtTheTargetIsNeverWrittenOver() throws Exception {
        Path target = dir.resolve("x.mv.db");
        PartialFile partial = PartialFile.forDatabase(target);
        Files.writeString(partial.path(), "new");
        Files.writeString(target, "someone else's");

        assertThrows(FileAlreadyExistsException.class, partial::moveIntoPlace);

        assertEquals("someone else's", Files.readString(target));
        partial.discard();
        assertEquals(List.of("x.mv.db"), names());
    }

    @Test
    void aPartialDatabaseOfAStoppedProcessIsRemovedByTheNextOneInTheFolder() throws Exception {
        Path stale = Files.writeString(dir.resolve(".summit-planner-99999999-lq2x3k0-abc.tmp.mv.db"), "half");
        Path unrelated = Files.writeString(dir.resolve(".summit-planner-notes.mv.db"), "mine");

        PartialFile.forDatabase(dir.resolve("x.mv.db"));

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(unrelated));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
