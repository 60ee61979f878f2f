package org.grouprise.server.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The start page, the operator group and the site's own pages. */
class SiteFlowTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start(builder -> builder.tasksEnabled(false));

    @Test
    void newSiteGetsAnOperatorGroupWithTheFirstAdminAsMember() {
        Group operator = server.server().groups().findBySlug("betrieb-von-grouprise-test").orElseThrow();
        long admin = server.server().accounts().findByUsername("admin").orElseThrow().id();

        assertThat(operator.name()).isEqualTo("Betrieb von grouprise.test");
        assertThat(server.server().memberships().isMember(operator.id(), admin)).isTrue();
    }

    @Test
    void operatorGroupSurvivesARestartWithoutASecondOne() {
        long before = server.server().groups().count();

        server.restart();

        assertThat(server.server().groups().count()).isEqualTo(before);
    }

    @Test
    void imprintIsAtTheOperatorGroupsAddressAndLinkedFromEveryPage() {
        Page index = server.newClient().get("/");
        Page redirect = server.newClient().get(index.document().selectFirst("footer a[href=/stadt/imprint/]")
            .attr("href"));
        Page imprint = server.newClient().get(redirect.location());

        assertThat(redirect.location()).isEqualTo("/betrieb-von-grouprise-test/imprint/");
        assertThat(imprint.status()).isEqualTo(200);
        assertThat(imprint.mainText()).contains("Betrieb von grouprise.test");
    }

    @Test
    void otherGroupsHaveNoImprint() {
        long admin = server.server().accounts().findByUsername("admin").orElseThrow().id();
        Group other = server.server().groups().found("Kein Impressum", admin);

        assertThat(server.newClient().get(other.path() + "imprint/").status()).isEqualTo(404);
    }

    @Test
    void startPageListsGroupsAndCountsThem() {
        Page index = server.newClient().get("/");

        assertThat(index.document().select("ul.groups li a").eachText()).contains("Betrieb von grouprise.test");
        assertThat(index.mainText()).containsPattern("(Eine Gruppe|\\d+ Gruppen) und keine öffentlichen Profile");
    }

    @Test
    void privacyAndHelpPagesExistInBothLanguages() {
        Page privacy = server.newClient().acceptLanguage("en").get("/stadt/privacy/");
        Page hilfe = server.newClient().acceptLanguage("de").get("/stadt/help/");

        assertThat(privacy.status()).isEqualTo(200);
        assertThat(privacy.mainText()).contains("Cookies").contains("session cookie");
        assertThat(hilfe.mainText()).contains("Gruppen abonnieren").contains("Betrieb von grouprise.test");
    }

    @Test
    void configuredOperatorGroupIsUsedInsteadOfFoundingOne(@TempDir Path other) {
        try (TestServer configured = TestServer.start(other, 25,
                builder -> builder.tasksEnabled(false).operatorGroupId(4711))) {
            assertThat(configured.server().groups().count()).isZero();
            assertThat(configured.newClient().get("/stadt/imprint/").status()).isEqualTo(404);
        }
    }
}
