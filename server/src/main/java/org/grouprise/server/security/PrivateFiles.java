package org.grouprise.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold secrets (a generated secret key, a private key): created readable by their owner
 * only before anything is written into them, so that no moment exists in which others could read.
 */
public final class PrivateFiles {
    private static final Logger LOGGER = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    /** Replaces the file by a new, empty one that only its owner may read and write. */
    public static void createEmpty(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's permissions must protect the file.
            LOGGER.debug("No POSIX permissions for {}", file, e);
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                LOGGER.debug("{} exists already", file, raced);
            }
        }
    }

    /** Writes the text into a new owner-only file, replacing what was there. */
    public static void writeString(Path file, String text) throws IOException {
        createEmpty(file);
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
