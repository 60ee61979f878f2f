package org.grouprise.server.config;

import java.nio.file.Path;

/** One value from a configuration file, with where it was written so that errors can point at it. */
record ConfigValue(Object raw, Path file, int line) {

    String where() {
        return file + ":" + line;
    }
}
