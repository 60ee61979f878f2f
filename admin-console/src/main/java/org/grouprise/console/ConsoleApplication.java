package org.grouprise.console;

import javafx.application.Application;
import javafx.stage.Stage;
import org.grouprise.console.api.AdminApiClient;
import org.grouprise.model.JsonCodec;

import java.time.ZoneId;
import java.util.Locale;

/** The JavaFX application; the composition root of the console. Start it through {@link ConsoleLauncher}. */
public final class ConsoleApplication extends Application {

    @Override
    public void start(Stage stage) {
        Locale locale = Locale.getDefault();
        ConsoleWindow window = new ConsoleWindow(stage, Messages.forLocale(locale), ZoneId.systemDefault());
        window.showConnect(AdminApiClient.create(JsonCodec.create()));
    }
}
