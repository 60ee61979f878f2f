/**
 * The database: connection pool, Flyway migrations per engine, MyBatis set-up and transactions;
 * knows no feature.
 */
package org.grouprise.server.db;
