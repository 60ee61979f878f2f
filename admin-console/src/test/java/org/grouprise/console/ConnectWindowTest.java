package org.grouprise.console;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.grouprise.console.api.AdminApiClient;
import org.grouprise.console.api.ScriptedAdminServer;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.MediaTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@ExtendWith(ApplicationExtension.class)
class ConnectWindowTest {
    private final ScriptedAdminServer server = ScriptedAdminServer.start();

    @Start
    void openConsole(Stage stage) {
        ConsoleWindow window = new ConsoleWindow(stage, Messages.forLocale(Locale.ENGLISH), ZoneOffset.UTC);
        window.showConnect(new AdminApiClient(HttpClient.newHttpClient(), JsonCodec.create(), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void connectWindowOffersServerLoginAndAConnectButton(FxRobot robot) {
        TextField serverUrl = robot.lookup("#serverUrl").queryAs(TextField.class);
        Button connect = robot.lookup("#connectButton").queryButton();

        assertThat(serverUrl.getText()).isEqualTo("https://127.0.0.1:8443");
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#totpCode").tryQuery()).isPresent();
        assertThat(connect.getText()).isEqualTo("Connect");
        assertThat(connect.isDisabled()).isTrue();
    }

    @Test
    void wrongPasswordShowsTheServersProblemTitle(FxRobot robot) throws TimeoutException {
        server.answer(401, MediaTypes.PROBLEM_JSON, "{\"title\":\"Invalid login\",\"status\":401}");

        logIn(robot, "wrong");
        Label status = robot.lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Login refused"));

        assertThat(status.getText()).isEqualTo("Login refused: Invalid login");
        assertThat(server.lastRequestBody()).contains("\"username\":\"anna\"");
    }

    @Test
    void successfulLoginShowsServerAndSessionExpiry(FxRobot robot) throws TimeoutException {
        server.answer(200, MediaTypes.JSON, "{\"token\":\"t0k\",\"expiresAt\":\"2030-01-02T03:04:05Z\"}");

        logIn(robot, "right");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sessionServer").tryQuery().isPresent());

        assertThat(robot.lookup("#sessionServer").queryAs(Label.class).getText())
            .isEqualTo("Connected to " + server.baseUri());
        assertThat(robot.lookup("#sessionExpiry").queryAs(Label.class).getText()).contains("2030");
    }

    private void logIn(FxRobot robot, String password) {
        TextField serverUrl = robot.lookup("#serverUrl").queryAs(TextField.class);
        robot.interact(serverUrl::clear);
        robot.clickOn(serverUrl).write(server.baseUri().toString());
        robot.clickOn("#username").write("anna");
        robot.clickOn("#password").write(password);
        robot.clickOn("#connectButton");
    }
}
