package org.grouprise.console.session;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.grouprise.console.api.AdminSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ResourceBundle;

/** Builds the screen shown after login. */
public final class SessionScreen {

    private SessionScreen() {
    }

    public static Parent create(AdminSession session, ResourceBundle messages, ZoneId zone) {
        SessionViewModel viewModel = new SessionViewModel(session, messages, zone);
        FXMLLoader loader = new FXMLLoader(SessionScreen.class.getResource("SessionView.fxml"), messages);
        loader.setControllerFactory(type -> new SessionController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load SessionView.fxml from the console's jar", e);
        }
    }
}
