package org.grouprise.server;

import org.grouprise.server.config.ConfigException;
import org.grouprise.server.config.ConfigLoader;
import org.grouprise.server.config.LoadedConfig;
import org.grouprise.server.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Parses the arguments of the server jar and runs one subcommand. The server is the default; later
 * features add their subcommands here.
 */
final class CommandLine {
    private static final Logger LOGGER = LoggerFactory.getLogger(CommandLine.class);
    private static final String USAGE = """
        Usage: java -jar grouprise-server.jar [command]

        Commands:
          serve                   run the server (the default when no command is given)
        %s%s  --help                  show this help

        The configuration is read from the file or folder named by GROUPRISE_CONFIG, else from
        ./grouprise.yaml, ./grouprise.conf.d/ or /etc/grouprise/conf.d/. Without any of them the
        server runs on its embedded default: SQLite under ./data, web on http://127.0.0.1:8080.
        """.formatted(MailOutboxCommand.USAGE, AdminCommand.USAGE);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    CommandLine(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** A command line with a given environment and working directory, where the configuration is looked for. */
    CommandLine(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve":
                return serve();
            case "mail-outbox":
                return mailOutbox(List.of(args).subList(1, args.length));
            case "admin":
                return admin(List.of(args).subList(1, args.length));
            case "--help", "-h", "help":
                out.print(USAGE);
                return 0;
            default:
                err.println("Unknown command '" + command + "' (arguments: " + Arrays.toString(args) + ")");
                err.print(USAGE);
                return 2;
        }
    }

    private int serve() {
        GroupriseServer server;
        try {
            LoadedConfig config = loadConfig();
            server = GroupriseServer.start(config, environment, out);
        } catch (ConfigException | DatabaseException e) {
            err.println("grouprise cannot start: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // For example a port in use: one clear line for the operator, the details in the log.
            LOGGER.error("Start-up failed", e);
            err.println("grouprise cannot start: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "grouprise-shutdown"));
        awaitQuietly(stopped);
        return 0;
    }

    private int mailOutbox(List<String> args) {
        try {
            return new MailOutboxCommand(out, err).run(loadConfig().settings(), args);
        } catch (ConfigException | DatabaseException e) {
            err.println("grouprise mail-outbox: " + e.getMessage());
            return 1;
        }
    }

    private int admin(List<String> args) {
        try {
            return new AdminCommand(out, err).run(loadConfig().settings(), args);
        } catch (ConfigException | IllegalStateException e) {
            err.println("grouprise admin: " + e.getMessage());
            return 1;
        }
    }

    private LoadedConfig loadConfig() {
        LoadedConfig config = new ConfigLoader(environment, workingDirectory, ConfigLoader.SYSTEM_DIRECTORY).load();
        config.warnings().forEach(warning -> err.println("WARNING " + warning));
        return config;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == error ? String.valueOf(error.getMessage())
            : error.getMessage() + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
