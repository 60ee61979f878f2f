package org.grouprise.console.session;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Shows the session view model's texts. */
final class SessionController {
    private final SessionViewModel viewModel;

    @FXML
    private Label sessionServer;
    @FXML
    private Label sessionExpiry;

    SessionController(SessionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sessionServer.setText(viewModel.serverText());
        sessionExpiry.setText(viewModel.expiryText());
    }
}
