package org.grouprise.console;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.grouprise.console.api.AdminSession;
import org.grouprise.console.api.SessionOpener;
import org.grouprise.console.connect.ConnectScreen;
import org.grouprise.console.session.SessionScreen;

import java.time.ZoneId;
import java.util.ResourceBundle;

/** The console's one window: it opens on the connect screen and shows the session once logged in. */
final class ConsoleWindow {
    private final Stage stage;
    private final ResourceBundle messages;
    private final ZoneId zone;

    ConsoleWindow(Stage stage, ResourceBundle messages, ZoneId zone) {
        this.stage = stage;
        this.messages = messages;
        this.zone = zone;
    }

    void showConnect(SessionOpener opener) {
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(new Scene(ConnectScreen.create(messages, opener, this::showSession, Platform::runLater)));
        stage.show();
    }

    private void showSession(AdminSession session) {
        stage.setTitle(messages.getString("app.title") + " – " + session.server().getHost());
        stage.setScene(new Scene(SessionScreen.create(session, messages, zone)));
    }
}
