package org.summitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Room;

class RoomOrderTest {

    private static List<String> sorted(Locale locale, Room... rooms) {
        List<Room> list = new ArrayList<>(List.of(rooms));
        Collections.reverse(list);
        list.sort(RoomOrder.of(locale));
        return list.stream().map(Room::name).toList();
    }

    private static Room room(String name, String building) {
        return new Room(name.hashCode(), null, name, building, 10, 0);
    }

    @Test
    void numbersInNamesCountAsNumbersAndBuildingsComeFirst() {
        assertEquals(List.of("Room A-1", "Room A-2", "Room A-10", "Room B-1", "Room B-9", "Room B-10", "Annexe"),
                sorted(Locale.ENGLISH, room("Room B-10", "Building B"), room("Room A-10", "Building A"),
                        room("Room A-2", "Building A"), room("Room B-1", "Building B"), room("Room A-1", "Building A"),
                        room("Room B-9", "Building B"), room("Annexe", null)));
    }

    @Test
    void lettersFollowTheLanguageIgnoringCaseAndNumbersByValue() {
        assertEquals(List.of("Salle 2", "salle 3", "Salle 0010 bis", "Salle des fêtes", "Salle Murat"),
                sorted(Locale.FRENCH, room("Salle Murat", "Élysée"), room("Salle 0010 bis", "Élysée"),
                        room("Salle des fêtes", "Élysée"), room("salle 3", "Élysée"), room("Salle 2", "Élysée")));
    }
}
