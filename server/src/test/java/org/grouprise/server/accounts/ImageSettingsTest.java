package org.grouprise.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;

import org.grouprise.server.media.TestImages;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.FilePart;
import org.grouprise.server.testsupport.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A person's avatar and background over HTTP: multipart upload, profile page and media route. */
class ImageSettingsTest {
    private static final String IMAGES = "/stadt/settings/images/";
    private static final long UPLOAD_LIMIT = 1024 * 1024;

    @RegisterExtension
    static final RunningServer server =
        RunningServer.start(builder -> builder.uploadMaxFileSizeBytes(UPLOAD_LIMIT));

    @Test
    void uploadedAvatarIsShownOnTheProfileAndServedAsA64PixelPng() {
        WebClient browser = newPerson();

        Page answer = uploadAvatar(browser, TestImages.png(300, 200));
        Element avatar = browser.get("/" + usernameOf(browser) + "/").document().selectFirst("main img.avatar");
        HttpResponse<byte[]> file = browser.download(avatar.attr("src"));

        assertThat(answer.location()).isEqualTo(IMAGES);
        assertThat(avatar.attr("src")).matches("/stadt/media/[A-Za-z0-9_-]{22}/avatar_64\\.png");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(
            value -> assertThat(value).contains("max-age=31536000").contains("public"));
        BufferedImage pixels = TestImages.decode(file.body());
        assertThat(List.of(pixels.getWidth(), pixels.getHeight())).containsExactly(64, 64);
    }

    @Test
    void backgroundIsShownOnTheProfileAsACoverJpeg() {
        WebClient browser = newPerson();

        Page answer = browser.submitMultipart(browser.get(IMAGES), IMAGES, Map.of(),
            Map.of("background", new FilePart("holiday.jpg", "image/jpeg", TestImages.jpeg(1600, 900))));
        Element background = browser.get("/" + usernameOf(browser) + "/").document()
            .selectFirst("main img.profile-background");
        HttpResponse<byte[]> file = browser.download(background.attr("src"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(TestImages.decode(file.body()).getWidth()).isEqualTo(1140);
    }

    @Test
    void replacingTheAvatarDeletesTheOldRenditions() {
        WebClient browser = newPerson();
        uploadAvatar(browser, TestImages.png(100, 100));
        String first = avatarSource(browser);

        uploadAvatar(browser, TestImages.png(120, 120));

        assertThat(avatarSource(browser)).isNotEqualTo(first);
        assertThat(browser.download(first).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingTheAccountDeletesItsImages() {
        WebClient browser = newPerson();
        uploadAvatar(browser, TestImages.png(100, 100));
        String avatar = avatarSource(browser);

        Page answer = browser.fillIn("/stadt/settings/gestalt/delete/", Map.of());

        assertThat(answer.location()).isEqualTo("/");
        assertThat(server.newClient().download(avatar).statusCode()).isEqualTo(404);
    }

    @Test
    void textFileNamedPngIsRefusedWithAMessageAndNothingStored() {
        WebClient browser = newPerson();
        List<Path> before = storedFiles();

        Page answer = uploadAvatar(browser, "no picture at all".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.mainText()).contains("Diese Datei ist kein Bild");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void uploadOverTheLimitIsRefusedWith413AndNothingStored() {
        WebClient browser = newPerson();
        List<Path> before = storedFiles();
        byte[] huge = Arrays.copyOf(TestImages.png(10, 10), (int) UPLOAD_LIMIT + 200 * 1024);

        Page answer = uploadAvatar(browser, huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.mainText()).contains("Datei zu groß").contains("höchstens 1 MB");
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(filesUnder(server.folder().resolve("data/tmp/uploads"))).isEmpty();
    }

    @Test
    void temporaryUploadFilesAreGoneAfterTheRequest() {
        WebClient browser = newPerson();

        uploadAvatar(browser, TestImages.png(50, 50));

        assertThat(filesUnder(server.folder().resolve("data/tmp/uploads"))).isEmpty();
        assertThat(filesUnder(server.folder().resolve("data/media/incoming"))).isEmpty();
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        WebClient anonymous = server.newClient();

        Page page = anonymous.get(IMAGES);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).startsWith("/stadt/login/?next=");
    }

    @Test
    void multipartPostWithoutCsrfTokenIsRefusedAndNothingStored() {
        WebClient browser = newPerson();
        List<Path> before = storedFiles();

        Page answer = browser.postMultipart(IMAGES, Map.of(),
            Map.of("avatar", new FilePart("me.png", "image/png", TestImages.png(80, 80))));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(browser.get(IMAGES).document().select("main img.avatar")).isEmpty();
    }

    @Test
    void oneAvatarChangesOnlyItsOwnersProfile() {
        WebClient someone = newPerson();
        WebClient other = newPerson();

        uploadAvatar(other, TestImages.png(64, 64));

        assertThat(someone.get("/" + usernameOf(someone) + "/").document().select("main img.avatar")).isEmpty();
        assertThat(other.get("/" + usernameOf(other) + "/").document().select("main img.avatar")).hasSize(1);
    }

    @Test
    void unknownKeysAndRenditionsAre404() {
        WebClient anonymous = server.newClient();

        assertThat(anonymous.download("/stadt/media/AAAAAAAAAAAAAAAAAAAAAA/avatar_64.png").statusCode())
            .isEqualTo(404);
        assertThat(anonymous.download("/stadt/media/..%2F..%2Fdata/avatar_64.png").statusCode()).isEqualTo(404);
        assertThat(anonymous.download("/stadt/media/AAAAAAAAAAAAAAAAAAAAAA/original.png").statusCode())
            .isEqualTo(404);
    }

    private static WebClient newPerson() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);
        return browser;
    }

    private static Page uploadAvatar(WebClient browser, byte[] content) {
        return browser.submitMultipart(browser.get(IMAGES), IMAGES, Map.of(),
            Map.of("avatar", new FilePart("avatar.png", "image/png", content)));
    }

    private static String avatarSource(WebClient browser) {
        return browser.get("/" + usernameOf(browser) + "/").document().selectFirst("main img.avatar").attr("src");
    }

    private static List<Path> storedFiles() {
        return filesUnder(server.folder().resolve("data/media"));
    }

    private static List<Path> filesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
