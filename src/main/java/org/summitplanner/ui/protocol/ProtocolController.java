package org.summitplanner.ui.protocol;

import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Precedence;

/** Binds the Protocol screen's view to its model; each handler is one call into the model. */
public final class ProtocolController {

    private final ProtocolModel model;
    private final ResourceBundle messages;
    /** True while the choices show the stored order: their changes are then not edits of the user. */
    private boolean showing;

    @FXML private ComboBox<DelegationRule> rule;
    @FXML private ComboBox<String> language;
    @FXML private ComboBox<MemberRule> memberRule;
    @FXML private TextField seed;
    @FXML private Button drawButton;
    @FXML private Label lot;
    @FXML private Label notice;
    @FXML private ListView<ProtocolModel.DelegationLine> delegations;
    @FXML private ListView<ProtocolModel.MemberLine> members;
    @FXML private Button delegationUp;
    @FXML private Button delegationDown;
    @FXML private Button memberUp;
    @FXML private Button memberDown;
    @FXML private Label membersHint;

    public ProtocolController(ProtocolModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        rule.getItems().setAll(DelegationRule.values());
        rule.setConverter(labels("protocol.rule."));
        language.getItems().setAll(List.of("fr", "en"));
        language.setConverter(labels("protocol.language."));
        memberRule.getItems().setAll(MemberRule.values());
        memberRule.setConverter(labels("protocol.members."));
        model.precedenceProperty().addListener((obs, old, p) -> show(p));
        rule.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.setRule(now);
            }
        });
        language.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.setLanguage(now);
            }
        });
        memberRule.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.setMemberRule(now);
            }
        });
        lot.textProperty().bind(model.lotProperty());
        notice.textProperty().bind(model.noticeProperty());
        delegations.setItems(model.delegations());
        members.setItems(model.members());
        delegations.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        model.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && delegations.getSelectionModel().getSelectedItem() != now) {
                delegations.getSelectionModel().select(now);
                delegations.scrollTo(now);
            }
        });
        delegationUp.disableProperty().bind(model.chosenProperty().isNull());
        delegationDown.disableProperty().bind(model.chosenProperty().isNull());
        var byHand = memberRule.valueProperty().isEqualTo(MemberRule.HAND);
        var noPerson = members.getSelectionModel().selectedItemProperty().isNull();
        memberUp.disableProperty().bind(byHand.not().or(noPerson));
        memberDown.disableProperty().bind(byHand.not().or(noPerson));
        membersHint.visibleProperty().bind(byHand.not());
        membersHint.managedProperty().bind(byHand.not());
    }

    private void show(Precedence p) {
        showing = true;
        try {
            rule.setValue(p == null ? null : p.rule());
            language.setValue(p == null ? null : p.language());
            memberRule.setValue(p == null ? null : p.members());
        } finally {
            showing = false;
        }
    }

    private <T> StringConverter<T> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.getString(prefix + value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @FXML
    private void drawLot() {
        model.drawLot(seed.getText());
    }

    @FXML
    private void delegationUp() {
        model.moveDelegation(-1);
    }

    @FXML
    private void delegationDown() {
        model.moveDelegation(1);
    }

    @FXML
    private void memberUp() {
        moveMember(-1);
    }

    @FXML
    private void memberDown() {
        moveMember(1);
    }

    private void moveMember(int delta) {
        model.moveMember(members.getSelectionModel().getSelectedItem(), delta);
    }
}
