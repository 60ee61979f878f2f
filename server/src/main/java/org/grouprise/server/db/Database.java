package org.grouprise.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.grouprise.server.config.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * One database: a HikariCP pool, migrated by Flyway at open, with MyBatis mappers whose calls join
 * the transaction of the current thread (see {@link Transactions}).
 *
 * <p>SQLite and PostgreSQL share the mapper code; where SQL differs a statement carries a
 * {@code databaseId} of {@code sqlite} or {@code postgresql}, and migrations live in one folder per
 * engine.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final SqlSessionManager sessions;
    private final Transactions transactions;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, SqlSessionManager sessions) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.transactions = new Transactions(sessions);
    }

    /** Opens the pool, applies pending migrations and registers the given mapper interfaces. */
    public static Database open(DatabaseSettings settings, List<Class<?>> mappers) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        try {
            migrate(settings, dataSource);
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(mybatisConfiguration(dataSource, mappers));
            return new Database(settings, dataSource, SqlSessionManager.newInstance(factory));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public <T> T mapper(Class<T> type) {
        return sessions.getMapper(type);
    }

    public Transactions transactions() {
        return transactions;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings.Engine engine() {
        return settings.engine();
    }

    /** Whether a connection can be had and answers within two seconds. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOGGER.debug("Database not reachable", e);
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setPoolName("grouprise-db");
        config.setConnectionTimeout(5_000);
        if (settings.engine() == DatabaseSettings.Engine.SQLITE) {
            createParentFolder(Path.of(settings.name()));
            // WAL lets readers go on beside the one writer; IMMEDIATE takes the write lock at BEGIN so
            // that two writers wait for each other instead of failing with SQLITE_BUSY half-way.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setMaximumPoolSize(4);
        } else {
            settings.optionalUser().ifPresent(config::setUsername);
            config.setPassword(settings.password());
            config.setMaximumPoolSize(10);
        }
        return config;
    }

    private static void createParentFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder " + parent + " for the SQLite database", e);
        }
    }

    private static void migrate(DatabaseSettings settings, DataSource dataSource) {
        String vendor = settings.engine() == DatabaseSettings.Engine.SQLITE ? "sqlite" : "postgresql";
        try {
            var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .load()
                .migrate();
            LOGGER.info("Database {} at schema version {} ({} migrations applied)", settings.jdbcUrl(),
                result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new DatabaseException("Cannot migrate the database " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private static Configuration mybatisConfiguration(DataSource dataSource, List<Class<?>> mappers) {
        Configuration configuration = new Configuration(
            new Environment("grouprise", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        // Records are built through their canonical constructor, matched by column name.
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setDatabaseId(databaseId(dataSource));
        mappers.forEach(configuration::addMapper);
        return configuration;
    }

    private static String databaseId(DataSource dataSource) {
        Properties vendors = new Properties();
        vendors.setProperty("SQLite", "sqlite");
        vendors.setProperty("PostgreSQL", "postgresql");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider.getDatabaseId(dataSource);
    }
}
