package org.summitplanner.ui.overview;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.summitplanner.model.ParticipationStatus;

/** Binds the overview screen to its model. */
public final class OverviewController {

    private final OverviewModel model;

    @FXML private Label title;
    @FXML private Label days;
    @FXML private Label place;
    @FXML private Label takingPartCount;
    @FXML private Label confirmedCount;
    @FXML private Label invitedCount;
    @FXML private Label observerCount;
    @FXML private Label declinedCount;
    @FXML private Label notInvitedCount;
    @FXML private Label attendeeCount;
    @FXML private Label roomCount;
    @FXML private Label agendaCount;
    @FXML private Label awaitingReply;
    @FXML private Label notInvited;
    @FXML private Label takingPartCaption;
    @FXML private Label confirmedCaption;
    @FXML private Label invitedCaption;
    @FXML private Label observerCaption;
    @FXML private Label declinedCaption;
    @FXML private Label notInvitedCaption;
    @FXML private Label attendeeCaption;
    @FXML private Label roomCaption;
    @FXML private Label agendaCaption;

    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    public OverviewController(OverviewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.titleProperty());
        days.textProperty().bind(model.daysProperty());
        place.textProperty().bind(model.placeProperty());
        takingPartCount.textProperty().bind(model.takingPartProperty());
        confirmedCount.textProperty().bind(model.nationsProperty(ParticipationStatus.CONFIRMED));
        invitedCount.textProperty().bind(model.nationsProperty(ParticipationStatus.INVITED));
        observerCount.textProperty().bind(model.nationsProperty(ParticipationStatus.OBSERVER));
        declinedCount.textProperty().bind(model.nationsProperty(ParticipationStatus.DECLINED));
        notInvitedCount.textProperty().bind(model.nationsProperty(ParticipationStatus.NOT_INVITED));
        attendeeCount.textProperty().bind(model.attendeesProperty());
        roomCount.textProperty().bind(model.roomsProperty());
        agendaCount.textProperty().bind(model.agendaItemsProperty());
        awaitingReply.textProperty().bind(model.awaitingReplyProperty());
        notInvited.textProperty().bind(model.notInvitedProperty());
        takingPartCaption.textProperty().bind(model.captionProperty("takingPart"));
        confirmedCaption.textProperty().bind(model.captionProperty("confirmed"));
        invitedCaption.textProperty().bind(model.captionProperty("invited"));
        observerCaption.textProperty().bind(model.captionProperty("observer"));
        declinedCaption.textProperty().bind(model.captionProperty("declined"));
        notInvitedCaption.textProperty().bind(model.captionProperty("notInvited"));
        attendeeCaption.textProperty().bind(model.captionProperty("attendees"));
        roomCaption.textProperty().bind(model.captionProperty("rooms"));
        agendaCaption.textProperty().bind(model.captionProperty("agendaItems"));
        // the list stands out in red only when there is someone on it, not for "none"
        notInvitedCount.textProperty().addListener((obs, old, count) ->
                notInvited.pseudoClassStateChanged(NONE, "0".equals(count)));
    }
}
