package org.grouprise.server.tasks;

import org.quartz.utils.ConnectionProvider;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Lends Quartz connections from the application's pool; the pool belongs to the database, not to Quartz. */
final class DataSourceConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // The database closes the pool when the server stops.
    }

    @Override
    public void initialize() {
        // The pool is open already.
    }
}
