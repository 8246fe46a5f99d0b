package org.summitplanner.ui.agenda.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures of the timeline with the demo day and a UN-scale day, written to target/timeline-*.png
 * to be looked at (not compared: the fonts differ from machine to machine).
 */
class DayTimelineSnapshotTest {

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void parisDay() throws Exception {
        Path file = shoot("timeline-paris.png", Locale.ENGLISH, 1100, 760, TimelineSamples.PARIS_DAY,
                TimelineSamples.parisRooms(), TimelineSamples.parisItems(), 3L);
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void clashesAndItemsWithoutRoomInFrench() throws Exception {
        List<TimelineItem> items = new ArrayList<>(TimelineSamples.parisItems());
        items.add(new TimelineItem(100, "Bilateral: Poland – Ukraine", "BILATERAL", 2,
                TimelineSamples.at("2025-03-11T10:00"), TimelineSamples.at("2025-03-11T10:30"), true));
        items.add(new TimelineItem(101, "Press briefing", "PRESS", 2,
                TimelineSamples.at("2025-03-11T10:15"), TimelineSamples.at("2025-03-11T11:00"), false));
        items.add(new TimelineItem(102, "Security walk-through", "OTHER", 0,
                TimelineSamples.at("2025-03-11T06:30"), TimelineSamples.at("2025-03-11T07:30"), false));
        items.add(new TimelineItem(103, "Dinner of the heads of delegation", "MEAL", 3,
                TimelineSamples.at("2025-03-11T20:30"), TimelineSamples.at("2025-03-12T00:30"), true));
        Path file = shoot("timeline-clash-fr.png", Locale.FRENCH, 1100, 900, TimelineSamples.PARIS_DAY,
                TimelineSamples.parisRooms(), items, 100L);
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void dragInProgress() throws Exception {
        shoot("timeline-paris.png", Locale.ENGLISH, 1100, 760, TimelineSamples.PARIS_DAY,
                TimelineSamples.parisRooms(), TimelineSamples.parisItems(), null);
        robot.drag("#timeline-item-8", MouseButton.PRIMARY).moveBy(70, 20).moveBy(70, 18);
        Path file = save("timeline-drag.png");
        robot.type(KeyCode.ESCAPE).release(MouseButton.PRIMARY);
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void unScaleDay() throws Exception {
        Path file = shoot("timeline-un.png", Locale.ENGLISH, 1400, 900, TimelineSamples.UN_DAY,
                TimelineSamples.unRooms(), TimelineSamples.unItems(), 255L);
        assertTrue(Files.size(file) > 10_000);
    }

    private Path shoot(String name, Locale locale, double width, double height, java.time.LocalDate day,
                       List<TimelineRoom> rooms, List<TimelineItem> items, Long selected) throws Exception {
        ResourceBundle messages = DayTimeline.messages(Messages.common(locale));
        DayTimeline[] timeline = new DayTimeline[1];
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            timeline[0] = new DayTimeline(messages);
            timeline[0].setDay(day);
            timeline[0].setRooms(rooms);
            timeline[0].setItems(items);
            Scene scene = new Scene(timeline[0], width, height);
            scene.getStylesheets().add(DayTimeline.class.getResource("/org/summitplanner/ui/summit-planner.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> timeline[0].selectedItemIdProperty().set(selected));
        WaitForAsyncUtils.waitForFxEvents();
        return save(name);
    }

    private Path save(String name) {
        Path file = Path.of("target", name);
        robot.interact(() -> {
            WritableImage image = robot.listTargetWindows().get(0).getScene().snapshot(null);
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return file;
    }
}
