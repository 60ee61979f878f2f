package org.grouprise.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.model.GroupSummary;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.Page;
import org.grouprise.model.PersonSummary;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.AccountSteps;
import org.grouprise.server.testsupport.ApiClient;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

/** The people and groups lists of the admin API. */
class AdminPeopleAndGroupsTest {
    private static final JsonCodec CODEC = JsonCodec.create();

    @TempDir
    static Path folder;

    private static TestServer server;
    private static ApiClient api;
    private static String email;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, 25, builder -> builder.tasksEnabled(false)
            .adminApi(new Listener(true, "127.0.0.1", 0)));
        api = server.newAdminApiClient();
        email = AccountSteps.newAddress();
        server.server().accounts().signUp(email, AccountSteps.PASSWORD, AccountSteps.PASSWORD, "192.0.2.9",
            Locale.GERMAN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listWithoutQueryHoldsEveryAccount() {
        Page<PersonSummary> people = people("");

        assertThat(people.total()).isEqualTo(server.server().accounts().peopleCount());
        assertThat(people.items()).extracting(PersonSummary::username).contains("admin");
        assertThat(people.items()).filteredOn(PersonSummary::staff).extracting(PersonSummary::username)
            .contains("admin");
    }

    @Test
    void queryMatchesPartOfAnAddressIgnoringCase() {
        String part = email.substring(0, email.indexOf('@')).toUpperCase(Locale.ROOT);

        Page<PersonSummary> people = people("?q=" + part);

        assertThat(people.total()).isEqualTo(1);
        PersonSummary person = people.items().get(0);
        assertThat(person.id()).isEqualTo(server.server().accounts().findByEmail(email).orElseThrow().id());
        assertThat(person.staff()).isFalse();
        assertThat(person.active()).isTrue();
        assertThat(person.lastLoginAt()).isEmpty();
    }

    @Test
    void wildcardsInTheQueryAreTakenLiterally() {
        assertThat(people("?q=%25").total()).isZero();
        assertThat(people("?q=_").total()).isZero();
    }

    @Test
    void listIsPaged() {
        Page<PersonSummary> page = people("?page=2&size=1");

        assertThat(page.items()).hasSize(1);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void groupsAreSearchableByName() {
        long founder = server.server().accounts().firstStaffId().orElseThrow();
        server.server().groups().found("Gartengruppe Nord", founder);

        ApiClient.Response response = api.get("/api/v1/groups?q=GARTEN");

        Page<GroupSummary> groups = CODEC.readPage(response.body(), GroupSummary.class);
        assertThat(groups.total()).isEqualTo(1);
        assertThat(groups.items()).extracting(GroupSummary::name).containsExactly("Gartengruppe Nord");
        assertThat(CODEC.readPage(api.get("/api/v1/groups").body(), GroupSummary.class).total())
            .isEqualTo(server.server().groups().count());
    }

    private static Page<PersonSummary> people(String query) {
        ApiClient.Response response = api.get("/api/v1/people" + query);
        assertThat(response.status()).isEqualTo(200);
        return CODEC.readPage(response.body(), PersonSummary.class);
    }
}
