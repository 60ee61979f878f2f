package org.grouprise.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;

import org.grouprise.server.testsupport.Browser;
import org.grouprise.server.testsupport.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.Optional;

/** Founding a group and editing it in headless Chromium, the live preview script included. */
class GroupBrowserTest {
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @RegisterExtension
    static final RunningServer server = RunningServer.start(builder -> builder.tasksEnabled(false));
    private Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshots = Browser.screenshotOnFailure(() -> Optional.ofNullable(browser));

    @BeforeEach
    void openBrowser() {
        server.clock().advance(Duration.ofHours(2));
        browser = Browser.start(server.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void foundedGroupsDescriptionPreviewShowsTheRenderedTextBeforeSaving() {
        signUp();
        browser.open("/stadt/groups/add");
        browser.fill("id_name", "Lastenrad Ost");
        browser.clickAndWait(SUBMIT);
        String groupPath = browser.path();
        browser.open("/stadt/settings/group?group=lastenrad-ost");

        browser.fill("id_description", "Wir leihen aus: https://example.org/rad");
        browser.element(By.cssSelector("button.preview-button")).click();
        String previewLink = browser.element(By.cssSelector(".markdown-preview a")).getDomAttribute("href");
        browser.clickAndWait(SUBMIT);

        assertThat(groupPath).isEqualTo("/lastenrad-ost/");
        assertThat(previewLink).isEqualTo("https://example.org/rad");
        assertThat(browser.path()).isEqualTo("/lastenrad-ost/");
        assertThat(browser.text(By.cssSelector(".description"))).isEqualTo("Wir leihen aus: https://example.org/rad");
    }

    private void signUp() {
        browser.open("/stadt/signup/");
        browser.fill("id_email", newAddress());
        browser.fill("id_password1", PASSWORD);
        browser.fill("id_password2", PASSWORD);
        browser.clickAndWait(SUBMIT);
    }
}
