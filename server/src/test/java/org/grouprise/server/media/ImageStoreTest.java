package org.grouprise.server.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.grouprise.server.security.SecureTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The image store on a temporary media folder, with images made in the test. */
class ImageStoreTest {
    private static final long TEN_MEGABYTES = 10L * 1024 * 1024;

    @TempDir
    Path media;

    @Test
    void pngAvatarBecomesSquarePngsThatKeepTransparency() {
        ImageStore store = store(TEN_MEGABYTES);

        StoredImage image = store.store(input(TestImages.png(300, 200)), Set.of(Rendition.AVATAR_64,
            Rendition.AVATAR_256));

        BufferedImage small = read(store.rendition(image.key(), Rendition.AVATAR_64).orElseThrow());
        BufferedImage large = read(store.rendition(image.key(), Rendition.AVATAR_256).orElseThrow());
        assertThat(List.of(small.getWidth(), small.getHeight(), large.getWidth(), large.getHeight()))
            .containsOnly(64, 256).containsExactly(64, 64, 256, 256);
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(small.getRGB(0, 0), true).getAlpha()).isZero();
    }

    @Test
    void jpegBackgroundIsCroppedToTheCoverSize() {
        ImageStore store = store(TEN_MEGABYTES);

        StoredImage image = store.store(input(TestImages.jpeg(2000, 1000)), Set.of(Rendition.BACKGROUND_COVER));

        Path cover = store.rendition(image.key(), Rendition.BACKGROUND_COVER).orElseThrow();
        BufferedImage pixels = read(cover);
        assertThat(pixels.getWidth()).isEqualTo(1140);
        assertThat(pixels.getHeight()).isEqualTo(456);
        assertThat(cover.getFileName().toString()).isEqualTo("background_cover.jpg");
        assertThat(bytes(cover)).startsWith((byte) 0xff, (byte) 0xd8, (byte) 0xff);
    }

    @Test
    void gifIsTaken() {
        ImageStore store = store(TEN_MEGABYTES);

        StoredImage image = store.store(input(TestImages.gif(50, 80)), Set.of(Rendition.LOGO_400));

        BufferedImage logo = read(store.rendition(image.key(), Rendition.LOGO_400).orElseThrow());
        assertThat(logo.getWidth()).isEqualTo(50);
        assertThat(logo.getHeight()).isEqualTo(80);
    }

    @Test
    void logoIsScaledToItsWidthKeepingTheProportions() {
        ImageStore store = store(TEN_MEGABYTES);

        StoredImage image = store.store(input(TestImages.png(1600, 400)), Set.of(Rendition.LOGO_400));

        BufferedImage logo = read(store.rendition(image.key(), Rendition.LOGO_400).orElseThrow());
        assertThat(logo.getWidth()).isEqualTo(400);
        assertThat(logo.getHeight()).isEqualTo(100);
    }

    @Test
    void exifOrientationIsAppliedAndNoExifIsStored() throws Exception {
        ImageStore store = store(TEN_MEGABYTES);
        byte[] upload = TestImages.jpegWithOrientation(200, 100, 6);

        StoredImage image = store.store(input(upload), Set.of(Rendition.LOGO_400, Rendition.BACKGROUND_COVER));

        BufferedImage turned = read(store.rendition(image.key(), Rendition.LOGO_400).orElseThrow());
        Path cover = store.rendition(image.key(), Rendition.BACKGROUND_COVER).orElseThrow();
        assertThat(orientationOf(upload)).isEqualTo(6);
        assertThat(turned.getWidth()).isEqualTo(100);
        assertThat(turned.getHeight()).isEqualTo(200);
        assertThat(isReddish(turned.getRGB(50, 20))).as("the left half turned to the top").isTrue();
        assertThat(isReddish(turned.getRGB(50, 180))).as("the right half turned to the bottom").isFalse();
        assertThat(new String(bytes(cover), StandardCharsets.ISO_8859_1)).doesNotContain("Exif\0\0");
        assertThat(ImageMetadataReader.readMetadata(cover.toFile()).getFirstDirectoryOfType(ExifIFD0Directory.class))
            .isNull();
    }

    @Test
    void textFileNamedPngIsNotAnImage() {
        ImageStore store = store(TEN_MEGABYTES);
        byte[] text = "just some words, not a picture.png".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.store(input(text), Set.of(Rendition.AVATAR_64)))
            .isInstanceOfSatisfying(ImageRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.NOT_AN_IMAGE));
        assertThat(filesUnder(media)).isEmpty();
    }

    @Test
    void brokenImageBehindAValidSignatureIsNotAnImage() {
        ImageStore store = store(TEN_MEGABYTES);
        byte[] png = TestImages.png(100, 100);
        byte[] truncated = Arrays.copyOf(png, 40);

        assertThatThrownBy(() -> store.store(input(truncated), Set.of(Rendition.AVATAR_64)))
            .isInstanceOfSatisfying(ImageRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.NOT_AN_IMAGE));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAndNothingStored() {
        byte[] png = TestImages.png(400, 400);
        ImageStore store = store(png.length - 1);

        assertThatThrownBy(() -> store.store(input(png), Set.of(Rendition.AVATAR_64)))
            .isInstanceOfSatisfying(ImageRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.TOO_LARGE));
        assertThat(filesUnder(media)).isEmpty();
    }

    @Test
    void imageWithTooManyPixelsIsRefusedBeforeDecoding() {
        ImageStore store = store(TEN_MEGABYTES);
        byte[] bomb = TestImages.pngHeaderClaiming(10_000, 5_000);

        assertThatThrownBy(() -> store.store(input(bomb), Set.of(Rendition.AVATAR_64)))
            .isInstanceOfSatisfying(ImageRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.TOO_MANY_PIXELS));
        assertThat(filesUnder(media)).isEmpty();
    }

    @Test
    void deleteRemovesEveryRendition() {
        ImageStore store = store(TEN_MEGABYTES);
        StoredImage image = store.store(input(TestImages.png(100, 100)), EnumSet.allOf(Rendition.class));

        store.delete(image.key());

        for (Rendition rendition : Rendition.values()) {
            assertThat(store.rendition(image.key(), rendition)).isEmpty();
        }
        assertThat(filesUnder(media)).isEmpty();
    }

    @Test
    void keysAreRandomAndPathsOutsideTheStoreAreNeverFound() throws IOException {
        ImageStore store = store(TEN_MEGABYTES);
        StoredImage first = store.store(input(TestImages.png(10, 10)), Set.of(Rendition.AVATAR_64));
        StoredImage second = store.store(input(TestImages.png(10, 10)), Set.of(Rendition.AVATAR_64));
        Files.writeString(media.resolve("avatar_64.png"), "secret");

        assertThat(first.key()).isNotEqualTo(second.key()).matches("[A-Za-z0-9_-]{22}");
        assertThat(store.rendition("..", Rendition.AVATAR_64)).isEmpty();
        assertThat(store.rendition("../images", Rendition.AVATAR_64)).isEmpty();
        assertThat(store.urlPath(first.key(), Rendition.AVATAR_64))
            .isEqualTo("/stadt/media/" + first.key() + "/avatar_64.png");
    }

    private ImageStore store(long maxBytes) {
        return new ImageStore(media, maxBytes, new SecureTokens());
    }

    private static ByteArrayInputStream input(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static BufferedImage read(Path file) {
        return TestImages.decode(bytes(file));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int orientationOf(byte[] jpeg) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
            .getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION);
    }

    private static boolean isReddish(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60;
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
