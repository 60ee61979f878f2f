package org.grouprise.server.config;

import org.grouprise.server.security.PrivateFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret key of the embedded default: generated once into {@code <data_path>/secret_key},
 * readable only by its owner, and never logged.
 */
final class GeneratedSecretKey {
    private static final String FILE_NAME = "secret_key";
    private static final int MIN_LENGTH = 16;

    private GeneratedSecretKey() {
    }

    static String readOrCreate(Path dataPath) {
        Path file = dataPath.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return existing(file);
            }
            Files.createDirectories(dataPath);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            PrivateFiles.writeString(file, key + "\n");
            return key;
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read or write the generated secret_key: " + e.getMessage(), e);
        }
    }

    private static String existing(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (key.length() < MIN_LENGTH) {
            throw new ConfigException(file + ": the generated secret_key is too short (" + key.length()
                + " characters); expected at least " + MIN_LENGTH + "; delete the file to generate a new one");
        }
        return key;
    }

}
