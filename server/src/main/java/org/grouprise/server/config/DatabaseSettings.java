package org.grouprise.server.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database lives: a SQLite file, or a PostgreSQL server.
 *
 * @param engine sqlite or postgresql
 * @param name the SQLite file path, or the PostgreSQL database name
 */
public record DatabaseSettings(Engine engine, String name, String host, int port, String user, String password) {

    /** The supported database engines, named as in grouprise's configuration. */
    public enum Engine {
        SQLITE("sqlite"),
        POSTGRESQL("postgresql");

        private final String configValue;

        Engine(String configValue) {
            this.configValue = configValue;
        }

        public String configValue() {
            return configValue;
        }
    }

    public DatabaseSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(name, "name");
        host = host == null ? "" : host;
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings(Engine.SQLITE, file.toString(), "", 0, "", "");
    }

    public static DatabaseSettings postgresql(String host, int port, String name, String user, String password) {
        return new DatabaseSettings(Engine.POSTGRESQL, name, host, port, user, password);
    }

    /** The JDBC URL this database is reached by. */
    public String jdbcUrl() {
        if (engine == Engine.SQLITE) {
            return "jdbc:sqlite:" + name;
        }
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public Optional<String> optionalUser() {
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl() + ", user=" + user + "]";
    }
}
