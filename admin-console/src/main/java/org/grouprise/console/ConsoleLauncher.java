package org.grouprise.console;

import javafx.application.Application;

/**
 * Starts the console from the class path. JavaFX refuses to start an {@link Application} subclass as the main
 * class when its modules are not on the module path, so the main method lives here.
 */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(ConsoleApplication.class, args);
    }
}
