package org.grouprise.server.media;

import org.grouprise.server.security.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps uploaded images as renditions under {@code <data_path>/media/images/<key>/}: checks the
 * content, re-encodes it without metadata at the sizes the pages use, and names it with a random
 * key that is never reused, so that its files can be cached for ever. People's and groups' images
 * are public, as in grouprise; the key is the only name of an image.
 */
public final class ImageStore {
    /** grouprise decodes any size; a few kilobytes of PNG can unpack into gigabytes, so we stop at 40 megapixels. */
    public static final long MAX_PIXELS = 40_000_000L;
    private static final Logger LOGGER = LoggerFactory.getLogger(ImageStore.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int KEY_BITS = 128;

    private final Path images;
    private final Path incoming;
    private final long maxBytes;
    private final SecureTokens tokens;
    private final ImageDecoder decoder;

    /** A store under {@code mediaPath} that takes files of at most {@code maxBytes} ({@code upload_max_file_size}). */
    public ImageStore(Path mediaPath, long maxBytes, SecureTokens tokens) {
        this.images = mediaPath.resolve("images");
        this.incoming = mediaPath.resolve("incoming");
        this.maxBytes = maxBytes;
        this.tokens = tokens;
        this.decoder = new ImageDecoder(MAX_PIXELS);
    }

    /**
     * Checks and stores an uploaded image in the given renditions.
     *
     * @throws ImageRejected when the content is no image this store takes; nothing is stored then
     */
    public StoredImage store(InputStream content, Set<Rendition> renditions) {
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("An image needs at least one rendition");
        }
        Path upload = receive(content);
        try {
            BufferedImage upright = decoder.decode(upload, largestSide(renditions));
            return write(upright, EnumSet.copyOf(renditions));
        } finally {
            deleteQuietly(upload);
        }
    }

    /** The file of one rendition, if the key names a stored image that has it. */
    public Optional<Path> rendition(String key, Rendition rendition) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        Path file = images.resolve(key).resolve(rendition.fileName());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The address under which the pages show a rendition (served by {@link MediaRoutes}). */
    public String urlPath(String key, Rendition rendition) {
        return MediaRoutes.PREFIX + key + "/" + rendition.fileName();
    }

    /** Removes every rendition of the image; an unknown key is no error (the image may be gone already). */
    public void delete(String key) {
        if (!isKey(key)) {
            return;
        }
        Path folder = images.resolve(key);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(ImageStore::deleteQuietly);
        } catch (IOException e) {
            LOGGER.warn("Cannot delete the image folder {}; remove it by hand", folder, e);
        }
    }

    /** Whether the text has the shape of a key; anything else (such as {@code ..}) never reaches the file system. */
    public static boolean isKey(String text) {
        return KEY.matcher(text).matches();
    }

    /** Copies the upload into the media folder, counting: the declared size is not to be trusted. */
    private Path receive(InputStream content) {
        try {
            Files.createDirectories(incoming);
            Path file = Files.createTempFile(incoming, "upload-", ".tmp");
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(new LimitedOutput(out, maxBytes));
            } catch (IOException e) {
                deleteQuietly(file);
                throw e;
            }
            return file;
        } catch (LimitedOutput.LimitExceeded e) {
            throw new ImageRejected(ImageRejected.Reason.TOO_LARGE, "more than " + maxBytes + " bytes", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload under " + incoming, e);
        }
    }

    private StoredImage write(BufferedImage upright, Set<Rendition> renditions) {
        String key = tokens.newToken(KEY_BITS);
        Path folder = images.resolve(key);
        try {
            Files.createDirectories(folder);
            for (Rendition rendition : renditions) {
                Path partial = Files.createTempFile(folder, "partial-", ".tmp");
                ImageRenderer.render(upright, rendition, partial);
                Files.move(partial, folder.resolve(rendition.fileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredImage(key);
        } catch (IOException | RuntimeException e) {
            delete(key);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot write the renditions under " + folder, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static int largestSide(Set<Rendition> renditions) {
        return renditions.stream().mapToInt(rendition -> Math.max(rendition.width(), rendition.height())).max()
            .orElseThrow();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Cannot delete {}; remove it by hand", file, e);
        }
    }
}
