package org.grouprise.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result of reading the configuration.
 *
 * @param files the files read, in the order they were applied
 * @param sources the file each top-level key was taken from
 * @param warnings unknown keys and similar things an operator should look at
 * @param embeddedDefault true when no configuration file exists and the built-in local defaults apply
 */
public record LoadedConfig(Settings settings, List<Path> files, Map<String, Path> sources, List<String> warnings,
        boolean embeddedDefault) {
}
