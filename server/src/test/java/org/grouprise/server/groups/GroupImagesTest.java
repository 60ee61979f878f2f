package org.grouprise.server.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;

import org.grouprise.server.media.TestImages;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.FilePart;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A group's logo and avatar, uploaded by members at {@code /stadt/settings/group/images}. */
class GroupImagesTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start(builder -> builder.tasksEnabled(false));

    @Test
    void memberUploadsALogoThatTheGroupPageShowsScaledTo400Pixels() {
        WebClient member = person();
        String slug = found(member, "Theatergruppe");
        String path = "/stadt/settings/group/images?group=" + slug;

        Page saved = member.submitMultipart(member.get(path), path, Map.of(),
            Map.of("logo", new FilePart("logo.png", "image/png", TestImages.png(1200, 300))));
        String logo = server.newClient().get("/" + slug + "/").document().selectFirst("img.logo").attr("src");
        HttpResponse<byte[]> file = server.newClient().download(logo);

        assertThat(saved.location()).isEqualTo(path);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(TestImages.decode(file.body()).getWidth()).isEqualTo(400);
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefusedWithAClearMessage() {
        WebClient member = person();
        String slug = found(member, "Bastelkreis");
        String path = "/stadt/settings/group/images?group=" + slug;

        Page refused = member.submitMultipart(member.get(path), path, Map.of(), Map.of("avatar",
            new FilePart("avatar.png", "image/png", "no picture here".getBytes(StandardCharsets.UTF_8))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mainText()).contains("Diese Datei ist kein Bild");
        assertThat(server.newClient().get("/" + slug + "/").document().select("img.avatar")).isEmpty();
    }

    @Test
    void onlyMembersMayChangeTheImages() {
        WebClient member = person();
        String slug = found(member, "Kochgruppe");
        String path = "/stadt/settings/group/images?group=" + slug;

        assertThat(person().get(path).status()).isEqualTo(403);
        assertThat(server.newClient().get(path).status()).isEqualTo(302);
    }

    private static WebClient person() {
        server.clock().advance(Duration.ofMinutes(15));
        WebClient browser = server.newClient();
        assertThat(signUp(browser, newAddress(), PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    private static String found(WebClient browser, String name) {
        return browser.fillIn("/stadt/groups/add", Map.of("name", name)).location().replace("/", "");
    }
}
