package org.grouprise.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;

import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.groups.GroupSettings;

import java.time.Duration;
import java.util.Map;

/** What people do around groups, as steps for tests. */
public final class GroupSteps {

    private GroupSteps() {
    }

    /** A person who signed up with a password and is logged in, with their address. */
    public record Someone(WebClient browser, String address) {
    }

    /** Signs up a new person; moves the clock on so that the signup limit per client never bites. */
    public static Someone person(ServerAccess server) {
        server.clock().advance(Duration.ofMinutes(15));
        WebClient browser = server.newClient();
        String address = newAddress();
        assertThat(signUp(browser, address, PASSWORD).status()).isEqualTo(302);
        return new Someone(browser, address);
    }

    /** Founds a group through its form and answers it. */
    public static Group found(ServerAccess server, WebClient browser, String name) {
        WebClient.Page page = browser.fillIn("/stadt/groups/add", Map.of("name", name));
        assertThat(page.status()).as("founding %s", name).isEqualTo(302);
        return server.server().groups().findBySlug(page.location().replace("/", "")).orElseThrow();
    }

    /** Makes the group closed (only members add members) and answers it as it is now. */
    public static Group close(ServerAccess server, Group group) {
        GroupService groups = server.server().groups();
        GroupSettings settings = groups.settingsOf(group);
        return groups.update(group.id(), new GroupSettings(settings.name(),
            settings.slug(), settings.description(), settings.address(), settings.dateFounded(), settings.url(), true,
            settings.tags()));
    }
}
