package org.grouprise.console.connect;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.grouprise.console.api.AdminSession;
import org.grouprise.console.api.SessionOpener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Builds the connect screen: its view, controller and view model, wired by hand. */
public final class ConnectScreen {

    private ConnectScreen() {
    }

    /**
     * The screen's root node.
     *
     * @param onConnected runs on {@code uiThread} after a successful login
     * @param uiThread the FX application thread, as an executor
     */
    public static Parent create(ResourceBundle messages, SessionOpener opener, Consumer<AdminSession> onConnected,
            Executor uiThread) {
        ConnectViewModel viewModel = new ConnectViewModel(messages, opener, onConnected, uiThread);
        FXMLLoader loader = new FXMLLoader(ConnectScreen.class.getResource("ConnectView.fxml"), messages);
        loader.setControllerFactory(type -> new ConnectController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load ConnectView.fxml from the console's jar", e);
        }
    }
}
