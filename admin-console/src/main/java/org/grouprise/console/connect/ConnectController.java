package org.grouprise.console.connect;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds the connect view's controls to its view model; all decisions live in {@link ConnectViewModel}. */
final class ConnectController {
    private final ConnectViewModel viewModel;

    @FXML
    private TextField serverUrl;
    @FXML
    private Label serverUrlHint;
    @FXML
    private TextField username;
    @FXML
    private PasswordField password;
    @FXML
    private TextField totpCode;
    @FXML
    private Label totpCodeHint;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button connectButton;
    @FXML
    private Label status;

    ConnectController(ConnectViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        serverUrl.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        totpCode.textProperty().bindBidirectional(viewModel.totpCodeProperty());
        serverUrlHint.textProperty().bind(viewModel.serverUrlHintProperty());
        totpCodeHint.textProperty().bind(viewModel.totpCodeHintProperty());

        progress.visibleProperty().bind(viewModel.busyProperty());
        connectButton.disableProperty().bind(viewModel.canConnectProperty().not());
        status.textProperty().bind(viewModel.statusMessageProperty());
        viewModel.statusIsErrorProperty().addListener((property, wasError, isError) ->
            status.setStyle(isError ? "-fx-text-fill: #b00020;" : ""));
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }
}
