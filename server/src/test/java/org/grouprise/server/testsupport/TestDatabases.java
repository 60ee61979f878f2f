package org.grouprise.server.testsupport;

import org.grouprise.server.config.DatabaseSettings;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh, empty database for one test class: a SQLite file in a temporary folder by default, or a
 * new PostgreSQL database on the server named by {@code GROUPRISE_TEST_DATABASE_URL}
 * (for example {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
 */
public final class TestDatabases {
    public static final String URL_VARIABLE = "GROUPRISE_TEST_DATABASE_URL";
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
    }

    private TestDatabases() {
    }

    public static boolean onPostgresql() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** A database nobody used before; {@code folder} holds the SQLite file when SQLite is in use. */
    public static DatabaseSettings fresh(Path folder) {
        if (!onPostgresql()) {
            return DatabaseSettings.sqlite(folder.resolve("test.sqlite3"));
        }
        String adminUrl = System.getenv(URL_VARIABLE);
        String name = "grouprise_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
            CREATED.add(name.toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database via " + URL_VARIABLE, e);
        }
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        String user = queryParameter(uri.getQuery(), "user", "postgres");
        String password = queryParameter(uri.getQuery(), "password", "");
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return DatabaseSettings.postgresql(uri.getHost(), port, name, user, password);
    }

    /** Drops the databases this JVM created, so that a developer's PostgreSQL does not fill up. */
    private static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE));
             Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // The databases stay; they are named grouprise_test_* and can be dropped by hand.
        }
    }

    private static String queryParameter(String query, String name, String fallback) {
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return parts[1];
            }
        }
        return fallback;
    }
}
