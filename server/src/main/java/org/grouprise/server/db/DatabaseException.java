package org.grouprise.server.db;

/** The database could not be opened, migrated or reached. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
