package org.grouprise.installer;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the wizard's configuration file. It holds the secret key and passwords, so it is created readable by its
 * owner only (0600) and moved into place in one step, so that the server never reads half a file.
 */
final class SetupFile {
    static final String FILE_NAME = "10-setup.yaml";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HEADER = """
        # Written by the grouprise setup wizard. Edit it freely, or run the wizard again to replace it.
        # Files that sort after this one in the same folder override its top-level keys.
        """;

    private SetupFile() {
    }

    /**
     * Writes the configuration into the folder.
     *
     * @param owner the system user who should own the file (the one the server runs as), if any
     */
    static Path write(Path folder, Map<String, Object> configuration, Optional<String> owner) {
        Path target = folder.resolve(FILE_NAME);
        // the name does not end in .yaml, so a server starting meanwhile does not read it
        Path temporary = folder.resolve("." + FILE_NAME + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temporary, HEADER + yaml().dump(configuration), StandardCharsets.UTF_8);
            if (owner.isPresent()) {
                Files.setOwner(temporary, userNamed(owner.get()));
            }
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static UserPrincipal userNamed(String name) throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        return new Yaml(options);
    }
}
