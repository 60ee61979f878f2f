/**
 * Reads the YAML configuration in grouprise's layout and turns it into validated {@link
 * org.grouprise.server.config.Settings}; knows no feature.
 */
package org.grouprise.server.config;
