package org.summitplanner.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Messages;

/** The Protocol screen's model without a window: every change saved, listed in the new order, undone and redone. */
class ProtocolModelTest extends ModelTestSupport {

    private ProtocolModel model;

    @BeforeEach
    void createModel() throws Exception {
        ResourceBundle messages = Messages.forScreen("protocol", context.messages());
        fx(() -> {
            model = new ProtocolModel(context, messages);
            model.reload();
        });
        waitUntil(() -> model.delegations().size() == 36);
    }

    private List<String> codes() throws Exception {
        return fx(() -> model.delegations().stream().map(ProtocolModel.DelegationLine::code).toList());
    }

    @Test
    void showsTheFrenchOrderAndMovingADelegationIsAnUndoableHandOrder() throws Exception {
        assertEquals("DE", codes().get(0));
        // the French order shows the French names it is sorted by, the window's English name beside
        assertEquals("Allemagne (Germany)", fx(() -> model.delegations().get(0).name()));
        assertEquals("Australie (Australia)", fx(() -> model.delegations().get(1).name()));
        fx(() -> model.chosenProperty().set(model.delegations().get(1)));
        fx(() -> model.moveDelegation(-1));
        waitUntil(() -> codes().get(0).equals("AU"));
        assertEquals(DelegationRule.HAND, services.precedence().precedence(summit.id()).rule());
        assertEquals(List.of("AU", "DE"), services.precedence().delegationOrder(summit.id()).subList(0, 2));
        waitUntil(() -> fx(() -> model.noticeProperty().get()).startsWith("Saved"));

        fx(history::undo);
        waitUntil(() -> codes().get(0).equals("DE"));
        assertEquals(0, services.precedence().precedence(summit.id()).version(), "back to the default: no row");
        // "Saved; the lists follow the new order" no longer says what is so
        assertEquals("", fx(() -> model.noticeProperty().get()));
        fx(() -> model.chosenProperty().set(model.delegations().get(1)));
        fx(() -> model.moveDelegation(-1));
        waitUntil(() -> fx(() -> model.noticeProperty().get()).startsWith("Saved"));
        fx(history::undo);
        waitUntil(() -> codes().get(0).equals("DE"));
        fx(history::redo);
        waitUntil(() -> codes().get(0).equals("AU"));
        assertEquals("", fx(() -> model.noticeProperty().get()));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void anEnglishOrderShowsTheEnglishNamesAlone() throws Exception {
        fx(() -> model.setLanguage("en"));
        waitUntil(() -> codes().get(0).equals("AF") || codes().get(0).equals("AU"));
        List<String> names = fx(() -> model.delegations().stream().map(ProtocolModel.DelegationLine::name).toList());
        assertTrue(names.stream().noneMatch(n -> n.contains("(")), names.toString());
        assertEquals(names.stream().sorted().toList(), names, "sorted by the names shown");
    }

    @Test
    void drawingTheLotWithASeedStartsTheOrderThere() throws Exception {
        fx(() -> model.drawLot("42"));
        waitUntil(() -> services.precedence().precedence(summit.id()).rule() == DelegationRule.LOT);
        String drawn = services.precedence().precedence(summit.id()).lotNation();
        assertEquals(services.precedence().drawLot(summit.id(), 42).lotNation(), drawn);
        waitUntil(() -> codes().get(0).equals(drawn));
        assertTrue(fx(() -> model.lotProperty().get()).contains("(seed 42)"));
        fx(() -> model.drawLot("forty-two"));
        assertEquals("The seed \"forty-two\" is not a whole number.", fx(() -> model.noticeProperty().get()));
    }

    @Test
    void peopleMoveOnlyWhenPlacedByHand() throws Exception {
        fx(() -> model.chosenProperty().set(model.delegations().stream().filter(d -> d.code().equals("FR"))
                .findFirst().orElseThrow()));
        waitUntil(() -> model.members().size() == 7);
        assertTrue(fx(() -> model.members().get(0).text()).startsWith("1. H.E. Emmanuel Macron — Head of state"));
        // by rank: moving does nothing
        fx(() -> model.moveMember(model.members().get(1), -1));
        fx(() -> model.setMemberRule(MemberRule.HAND));
        waitUntil(() -> services.precedence().precedence(summit.id()).members() == MemberRule.HAND);
        waitUntil(() -> fx(() -> model.precedenceProperty().get().members()) == MemberRule.HAND);
        fx(() -> model.moveMember(model.members().get(1), -1));
        waitUntil(() -> fx(() -> model.members().get(0).attendee().familyName()).equals("Marchetti"));
        assertEquals("Marchetti", services.precedence().membersInOrder(summit.id(), "FR").get(0).familyName());
        fx(history::undo);
        waitUntil(() -> fx(() -> model.members().get(0).attendee().familyName()).equals("Macron"));
        assertTrue(services.precedence().membersInOrder(summit.id(), "FR").stream()
                .allMatch(a -> a.protocol().handPosition() == null));
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
