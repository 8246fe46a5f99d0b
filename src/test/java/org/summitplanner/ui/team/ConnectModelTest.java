package org.summitplanner.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.common.Settings;

/** The connect dialog's fields: an address from them, what is wrong, what is remembered (never a password). */
class ConnectModelTest {

    @TempDir
    Path dir;

    private final ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.ENGLISH);

    @Test
    void fieldsMakeAnAddressAndAreRememberedWithoutAPassword() throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings settings = new Settings(file);
        ConnectModel model = new ConnectModel(settings, messages);
        model.fill("postgresql://db.example.org:6543/geneva", "alice");
        assertTrue(model.validProperty().get());
        assertEquals("postgresql://db.example.org:6543/geneva", model.address());
        model.remember();
        // the window saves its settings when it closes
        settings.save();
        ConnectModel again = new ConnectModel(new Settings(file), messages);
        assertEquals("postgresql://db.example.org:6543/geneva", again.address());
        assertEquals("alice", again.user());
        assertFalse(Files.readString(file).toLowerCase(Locale.ROOT).contains("password"));

        again.fill("postgresql://[::1]/summits", null);
        assertEquals("postgresql://[::1]:5432/summits", again.address());
        again.portProperty().set("70000");
        assertEquals("The port is a number from 1 to 65535.", again.problemProperty().get());
        again.portProperty().set("5432");
        again.databaseProperty().set(" ");
        assertEquals("Fill in the server, the database and the user.", again.problemProperty().get());
        assertFalse(again.validProperty().get());
    }
}
