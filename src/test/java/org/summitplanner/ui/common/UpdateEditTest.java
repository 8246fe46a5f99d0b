package org.summitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Summit;
import org.summitplanner.service.AgendaService;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** Undo and redo of one row's change against a real database: written at once, refused when changed elsewhere. */
class UpdateEditTest {

    private Database database;
    private AgendaService agenda;
    private Summit summit;
    /** How often an edit read the row before writing (only needed once its version moved on). */
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        Services services = Services.of(database);
        summit = services.summits().loadDemo();
        agenda = services.agenda();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AgendaItem first() {
        return agenda.items(summit.id()).get(0);
    }

    private AgendaItem stored(long id) {
        return agenda.items(summit.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static AgendaItem titled(AgendaItem i, String title) {
        return new AgendaItem(i.id(), i.key(), title, i.kind(), i.time(), i.roomId(), i.closed(), i.description(),
                i.attendeeIds(), i.nations(), i.version(), i.titleFr(), i.descriptionFr());
    }

    /** Saves the title as the screens do, and returns its undoable edit. */
    private UpdateEdit<AgendaItem> retitle(AgendaItem before, String title) {
        AgendaItem saved = agenda.update(titled(before, title));
        UnaryOperator<AgendaItem> reload = i -> {
            reads.incrementAndGet();
            return agenda.reload(i);
        };
        return new UpdateEdit<>("retitle", before, saved, agenda::update, reload, AgendaItem::version,
                AgendaItem::withVersion);
    }

    @Test
    void undoAndRedoOfTheLatestEditWriteWithoutReadingTheRowFirst() {
        AgendaItem item = first();
        UpdateEdit<AgendaItem> edit = retitle(item, "Moved");
        edit.undo();
        assertEquals(item.title(), stored(item.id()).title());
        assertEquals(item.version() + 2, stored(item.id()).version(), "the undo is a write that moves the version on");
        edit.redo();
        assertEquals("Moved", stored(item.id()).title());
        edit.undo();
        assertEquals(item.title(), stored(item.id()).title());
        assertEquals(0, reads.get(), "the version was the stored one each time: the UPDATE alone checked it");
    }

    @Test
    void twoEditsOfTheSameRowAreUndoneOneAfterTheOther() {
        AgendaItem item = first();
        UpdateEdit<AgendaItem> one = retitle(item, "One");
        UpdateEdit<AgendaItem> two = retitle(stored(item.id()), "Two");
        two.undo();
        assertEquals("One", stored(item.id()).title());
        one.undo();
        assertEquals(item.title(), stored(item.id()).title());
        assertEquals(1, reads.get(), "the first edit's version had moved on: it compared values before writing");
        one.redo();
        two.redo();
        assertEquals("Two", stored(item.id()).title());
    }

    @Test
    void aRowChangedElsewhereIsNotOverwritten() {
        AgendaItem item = first();
        UpdateEdit<AgendaItem> edit = retitle(item, "Mine");
        agenda.update(titled(stored(item.id()), "Theirs"));
        AgendaItem theirs = stored(item.id());
        assertThrows(EditConflictException.class, edit::undo);
        assertEquals(theirs, stored(item.id()), "nothing written");
        assertThrows(EditConflictException.class, edit::undo, "still refused, the edit unchanged");
    }

    @Test
    void aRowDeletedElsewhereIsReportedAsDeleted() {
        AgendaItem item = first();
        UpdateEdit<AgendaItem> edit = retitle(item, "Mine");
        agenda.delete(summit.id(), stored(item.id()));
        StaleDataException e = assertThrows(StaleDataException.class, edit::undo);
        assertTrue(e.deleted());
        assertTrue(agenda.items(summit.id()).stream().noneMatch(i -> i.id() == item.id()), "not put back");
    }
}
