package org.grouprise.server.testsupport;

import org.grouprise.server.GroupriseServer;
import org.grouprise.server.config.SettingsBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One real server and one mailbox for a test class, registered with
 * {@code @RegisterExtension static final RunningServer server = RunningServer.start();}. Before each
 * test the clock moves two hours on, so that every test starts outside the rate-limit windows of the
 * tests before it.
 */
public final class RunningServer implements ServerAccess, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final Consumer<SettingsBuilder> customisation;
    private Path folder;
    private TestMailbox mailbox;
    private TestServer server;

    private RunningServer(Consumer<SettingsBuilder> customisation) {
        this.customisation = customisation;
    }

    public static RunningServer start() {
        return new RunningServer(builder -> { });
    }

    public static RunningServer start(Consumer<SettingsBuilder> customisation) {
        return new RunningServer(customisation);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("grouprise-test");
        mailbox = new TestMailbox();
        server = TestServer.start(folder, mailbox.port(), customisation);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.clock().advance(Duration.ofHours(2));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        mailbox.close();
        deleteRecursively(folder);
    }

    @Override
    public WebClient newClient() {
        return server.newClient();
    }

    @Override
    public MutableClock clock() {
        return server.clock();
    }

    @Override
    public GroupriseServer server() {
        return server.server();
    }

    public TestServer testServer() {
        return server;
    }

    public TestMailbox mailbox() {
        return mailbox;
    }

    /** The folder the server's data lives in (under {@code data/}). */
    public Path folder() {
        return folder;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public void restart() {
        server.restart();
    }

    public String consoleOutput() {
        return server.consoleOutput();
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the test folder " + root, e);
        }
    }
}
