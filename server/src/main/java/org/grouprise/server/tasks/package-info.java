/**
 * The task runner: a Quartz scheduler on the application's database (clustered on PostgreSQL) that
 * runs the thin jobs the composition root hands it; knows no feature.
 */
package org.grouprise.server.tasks;
