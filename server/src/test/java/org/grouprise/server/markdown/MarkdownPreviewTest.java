package org.grouprise.server.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;

import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editor's preview endpoint, {@code POST /stadt/api/content/markdown/}. */
class MarkdownPreviewTest {
    private static final String PREVIEW = "/stadt/api/content/markdown/";

    @RegisterExtension
    static final RunningServer server = RunningServer.start(builder -> builder.tasksEnabled(false));

    @Test
    void loggedInPersonGetsSanitisedHtmlAsSavingWouldMakeIt() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);

        Page preview = browser.postJson(PREVIEW, "{\"content\": \"**Hallo** <script>alert(1)</script>\", "
            + "\"preset\": \"content\"}", csrfToken(browser));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).hasValue("application/json");
        assertThat(preview.body()).contains("<strong>Hallo</strong>").doesNotContain("<script>");
    }

    @Test
    void previewWithoutTheCsrfTokenIsRefused() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);

        Page forged = browser.postJson(PREVIEW, "{\"content\": \"x\"}", "");

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorGetsNoPreview() {
        WebClient anonymous = server.newClient();

        Page refused = anonymous.postJson(PREVIEW, "{\"content\": \"x\"}", csrfToken(anonymous));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void unknownPresetOrBrokenJsonIsABadRequest() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);

        Page unknownPreset = browser.postJson(PREVIEW, "{\"content\": \"x\", \"preset\": \"poem\"}",
            csrfToken(browser));
        Page broken = browser.postJson(PREVIEW, "{content", csrfToken(browser));

        assertThat(unknownPreset.status()).isEqualTo(400);
        assertThat(broken.status()).isEqualTo(400);
    }
}
