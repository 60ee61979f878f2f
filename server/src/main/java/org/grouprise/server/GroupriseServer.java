package org.grouprise.server;

import org.grouprise.server.config.LoadedConfig;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.List;

/**
 * The composition root: builds every component with its constructor, in dependency order, and
 * starts the listeners and the task runner that the settings switch on. Nothing else wires.
 */
public final class GroupriseServer implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(GroupriseServer.class);

    private final Settings settings;
    private final Database database;

    private GroupriseServer(Settings settings, Database database) {
        this.settings = settings;
        this.database = database;
    }

    /** Opens the database and starts what the settings switch on; {@code console} gets operator notes. */
    public static GroupriseServer start(LoadedConfig config, PrintStream console) {
        Settings settings = config.settings();
        Database database = Database.open(settings.database(), mappers());
        GroupriseServer server = new GroupriseServer(settings, database);
        LOGGER.info("grouprise started");
        return server;
    }

    /** Every MyBatis mapper of every feature, registered by hand (no classpath scanning). */
    static List<Class<?>> mappers() {
        return List.of();
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        LOGGER.info("grouprise stopped");
    }
}
