package org.grouprise.server.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;

import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Founding groups, their pages, settings, slugs and the directory, over HTTP against the real server. */
class GroupFlowTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start(builder -> builder.mailinglistEnabled(true));

    @Test
    void founderBecomesFirstMemberAndSubscriberOfTheNewGroup() {
        WebClient founder = person();

        Page founded = found(founder, "Gartenfreunde Nord");
        Page page = founder.open(founded.location());
        Group group = server.server().groups().findBySlug("gartenfreunde-nord").orElseThrow();

        assertThat(founded.location()).isEqualTo("/gartenfreunde-nord/");
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Gartenfreunde Nord");
        assertThat(page.mainText()).contains("ein Mitglied").contains("Gruppe bearbeiten").contains("Abbestellen");
        assertThat(server.server().memberships().memberCount(group.id())).isEqualTo(1);
        assertThat(server.server().subscriptions().subscriberCount(group.id())).isEqualTo(1);
    }

    @Test
    void slugsAreTransliteratedAndGetNumbersOnCollision() {
        WebClient founder = person();

        String first = found(founder, "Über Uns").location();
        String second = found(founder, "über uns").location();
        String reserved = found(founder, "Stadt").location();

        assertThat(first).isEqualTo("/uber-uns/");
        assertThat(second).isEqualTo("/uber-uns-1/");
        assertThat(reserved).isEqualTo("/stadt-1/");
    }

    @Test
    void groupSlugNeverClashesWithAUsernameEitherWay() {
        WebClient person = person();
        String username = usernameOf(person);

        String groupPath = found(person, username).location();
        Page rename = person.fillIn("/stadt/settings/", Map.of("slug", groupPath.replace("/", "")));

        assertThat(groupPath).isEqualTo("/" + username + "-1/");
        assertThat(rename.status()).isEqualTo(400);
        assertThat(rename.mainText()).contains("vergeben oder reserviert");
    }

    @Test
    void anonymousVisitorIsAskedToLogInBeforeFoundingAGroup() {
        Page form = server.newClient().get("/stadt/groups/add");

        assertThat(form.status()).isEqualTo(302);
        assertThat(form.location()).startsWith("/stadt/login/?next=");
    }

    @Test
    void settingsAreForMembersOnly() {
        WebClient member = person();
        String slug = slugOf(found(member, "Lesekreis"));
        String path = "/stadt/settings/group?group=" + slug;

        assertThat(member.get(path).status()).isEqualTo(200);
        assertThat(person().get(path).status()).isEqualTo(403);
        assertThat(server.newClient().get(path).status()).isEqualTo(302);
        assertThat(person().get("/stadt/settings/group?group=no-such-group").status()).isEqualTo(404);
    }

    @Test
    void memberSavesSettingsAndThePageShowsThem() {
        WebClient member = person();
        String slug = slugOf(found(member, "Radwerkstatt"));

        Page saved = saveSettings(member, slug, Map.of("description", "Wir reparieren: https://example.org/rad",
            "address", "Hofweg 3", "date_founded", "2019-05-01", "url", "https://rad.example.org/",
            "tags", "Fahrrad, Reparatur"));
        Page page = server.newClient().get("/" + slug + "/");

        assertThat(saved.location()).isEqualTo("/" + slug + "/");
        assertThat(page.mainText()).contains("Wir reparieren:", "Hofweg 3", "2019", "#Fahrrad", "#Reparatur");
        assertThat(page.document().select(".description a").attr("href")).isEqualTo("https://example.org/rad");
    }

    @Test
    void descriptionIsLinkOnlyMarkdownWithMentionsAndNoMarkup() {
        WebClient member = person();
        String partner = slugOf(found(member, "Partnergruppe"));
        String slug = slugOf(found(member, "Stadtteilrat"));

        saveSettings(member, slug, Map.of("description", "**Mit** @" + partner + " <script>alert(1)</script>"));
        Page page = server.newClient().get("/" + slug + "/");

        assertThat(page.document().select(".description a").attr("href")).isEqualTo("/" + partner + "/");
        assertThat(page.document().select(".description a").text()).isEqualTo("Partnergruppe");
        assertThat(page.document().select(".description script, .description strong")).isEmpty();
        assertThat(page.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void invalidSettingsAreRefusedWithTheReasonAndChangeNothing() {
        WebClient member = person();
        String slug = slugOf(found(member, "Chor"));

        Page longDescription = saveSettings(member, slug, Map.of("description", "x".repeat(201)));
        Page badUrl = saveSettings(member, slug, Map.of("url", "javascript:alert(1)"));
        Page badDate = saveSettings(member, slug, Map.of("date_founded", "gestern"));

        assertThat(longDescription.status()).isEqualTo(400);
        assertThat(longDescription.mainText()).contains("höchstens 200 Zeichen haben");
        assertThat(badUrl.mainText()).contains("http:// oder https://");
        assertThat(badDate.mainText()).contains("2019-05-01");
        assertThat(server.server().groups().findBySlug(slug).orElseThrow().url()).isEmpty();
    }

    @Test
    void renamedGroupKeepsItsOldAddressAsAPermanentRedirect() {
        WebClient member = person();
        String slug = slugOf(found(member, "Nachbarschaftshilfe"));

        saveSettings(member, slug, Map.of("slug", "hilfe-nord"));
        Page old = server.newClient().get("/" + slug + "/");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.location()).isEqualTo("/hilfe-nord/");
        assertThat(server.newClient().get("/hilfe-nord/").status()).isEqualTo(200);
    }

    @Test
    void closedMarkerAndMailAddressAreShownToMembersOnly() {
        WebClient member = person();
        String slug = slugOf(found(member, "Vorstand"));
        saveSettings(member, slug, Map.of("closed", "on"));

        Page forMember = member.get("/" + slug + "/");
        Page forStranger = person().get("/" + slug + "/");

        assertThat(forMember.mainText()).contains("Geschlossene Gruppe", slug + "@grouprise.test");
        assertThat(forStranger.mainText()).doesNotContain("Geschlossene Gruppe").doesNotContain("@grouprise.test")
            .doesNotContain("Beitreten");
    }

    @Test
    void directoryFiltersByNameAndByMembershipAndIsOrderedByScore() {
        WebClient busy = person();
        String popular = slugOf(found(busy, "Zeltlager Beliebt"));
        WebClient quiet = person();
        slugOf(found(quiet, "Zeltlager Ruhig"));
        Group popularGroup = server.server().groups().findBySlug(popular).orElseThrow();
        long extra = server.server().accounts().implicitAccount(newAddress(), java.util.Locale.GERMAN).id();
        server.server().memberships().join(popularGroup.id(), extra);
        server.server().groups().updateScores();

        Page byName = server.newClient().get("/stadt/groups?name=zeltlager");
        Page mine = quiet.get("/stadt/groups?only_with_membership=true");

        assertThat(byName.document().select("ul.groups li a").eachText())
            .containsExactly("Zeltlager Beliebt", "Zeltlager Ruhig");
        assertThat(mine.document().select("ul.groups li a").eachText()).containsExactly("Zeltlager Ruhig");
    }

    @Test
    void deletingAGroupRemovesItsMembershipsSubscriptionsAndFormerSlugs() {
        WebClient member = person();
        String slug = slugOf(found(member, "Eintagsfliege"));
        saveSettings(member, slug, Map.of("slug", "eintag"));
        Group group = server.server().groups().findBySlug("eintag").orElseThrow();

        server.server().groups().delete(group.id());

        assertThat(server.server().memberships().memberCount(group.id())).isZero();
        assertThat(server.server().subscriptions().subscriberCount(group.id())).isZero();
        assertThat(server.newClient().get("/eintag/").status()).isEqualTo(404);
        assertThat(server.newClient().get("/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void nameFilterTreatsPercentSignsAsText() {
        Page page = server.newClient().get("/stadt/groups?name=%25");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("ul.groups li")).isEmpty();
    }

    private static WebClient person() {
        server.clock().advance(Duration.ofMinutes(15));
        WebClient browser = server.newClient();
        assertThat(signUp(browser, newAddress(), PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    private static Page found(WebClient browser, String name) {
        Page page = browser.fillIn("/stadt/groups/add", Map.of("name", name));
        assertThat(page.status()).as("founding %s", name).isEqualTo(302);
        return page;
    }

    private static String slugOf(Page founded) {
        return founded.location().replace("/", "");
    }

    /** Submits the settings form with the group's current values and the given changes. */
    private static Page saveSettings(WebClient member, String slug, Map<String, String> changes) {
        String path = "/stadt/settings/group?group=" + slug;
        Page form = member.get(path);
        Map<String, String> fields = new HashMap<>();
        form.document().select("form[action=\"" + path + "\"] input[type=text], input[type=url], input[type=date]")
            .forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        Optional.ofNullable(form.document().selectFirst("#id_description"))
            .ifPresent(area -> fields.put("description", area.text()));
        fields.putAll(changes);
        return member.submit(form, path, fields);
    }
}
