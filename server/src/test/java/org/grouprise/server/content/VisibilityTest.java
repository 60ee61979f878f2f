package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;

import org.grouprise.server.GroupriseServer;
import org.grouprise.server.content.Visibility.Action;
import org.grouprise.server.content.Visibility.Reader;
import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The visibility policy as one table: roles × item states × owners, each row answering view, list,
 * comment, edit and delete. "list" asks the database through the SQL condition of the streams, so
 * the table checks both halves of the policy; the suite runs it on SQLite and on PostgreSQL.
 *
 * <p>The author founded the group and wrote every item (so is a member), and owns the personal
 * items; the member joined today (less than a week: may not delete others' items); the subscriber
 * follows the group; staff is the site's first admin.
 */
class VisibilityTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    @TempDir
    static Path folder;
    private static TestMailbox mailbox;
    private static TestServer server;
    private static final Map<String, Reader> READERS = new HashMap<>();
    private static final Map<String, ContentItem> ITEMS = new HashMap<>();
    private static final Map<String, ContentItem> DELETED = new HashMap<>();
    private static Group group;
    private static long authorId;

    @BeforeAll
    static void publishOneItemPerStateAndOwner() {
        mailbox = new TestMailbox();
        server = TestServer.start(folder, mailbox.port());
        GroupriseServer grouprise = server.server();
        authorId = person(grouprise);
        group = grouprise.groups().found("Hofgarten", authorId);
        long memberId = person(grouprise);
        grouprise.memberships().join(group.id(), memberId);
        long subscriberId = person(grouprise);
        grouprise.subscriptions().subscribe(group.id(), subscriberId);
        READERS.put("anonymous", Reader.anonymous());
        READERS.put("stranger", Reader.person(person(grouprise), false));
        READERS.put("subscriber", Reader.person(subscriberId, false));
        READERS.put("member", Reader.person(memberId, false));
        READERS.put("author", Reader.person(authorId, false));
        READERS.put("staff", Reader.person(grouprise.accounts().firstStaffId().orElseThrow(), true));

        ContentService contents = grouprise.contents();
        Owner inGroup = contents.owner(group.slug()).orElseThrow();
        Owner onProfile = contents.ownerOf(authorId);
        for (Owner owner : new Owner[] {inGroup, onProfile}) {
            String key = owner.isGroup() ? "group" : "person";
            ITEMS.put(key + "/public", contents.create(owner, authorId, form("Offen", true)));
            ITEMS.put(key + "/internal", contents.create(owner, authorId, form("Intern", false)));
            ContentItem deleted = contents.create(owner, authorId, form("Weg", true));
            contents.delete(deleted, authorId);
            DELETED.put(key + "/deleted", deleted);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
        mailbox.close();
    }

    @ParameterizedTest(name = "{0} on a {2} {1} item: view {3}, list {4}, comment {5}, edit {6}, delete {7}")
    @CsvSource({
        // role,     owner,  state,    view, list, comment, edit, delete
        "anonymous,  group,  public,   Y, Y, N, N, N",
        "stranger,   group,  public,   Y, Y, Y, N, N",
        "subscriber, group,  public,   Y, Y, Y, N, N",
        "member,     group,  public,   Y, Y, Y, Y, N",
        "author,     group,  public,   Y, Y, Y, Y, Y",
        "staff,      group,  public,   Y, Y, Y, N, Y",
        "anonymous,  group,  internal, N, N, N, N, N",
        "stranger,   group,  internal, N, N, N, N, N",
        "subscriber, group,  internal, N, N, N, N, N",
        "member,     group,  internal, Y, Y, Y, Y, N",
        "author,     group,  internal, Y, Y, Y, Y, Y",
        "staff,      group,  internal, Y, N, Y, N, Y",
        "anonymous,  group,  deleted,  N, N, N, N, N",
        "stranger,   group,  deleted,  N, N, N, N, N",
        "subscriber, group,  deleted,  N, N, N, N, N",
        "member,     group,  deleted,  N, N, N, N, N",
        "author,     group,  deleted,  N, N, N, N, N",
        "staff,      group,  deleted,  N, N, N, N, N",
        "anonymous,  person, public,   Y, Y, N, N, N",
        "stranger,   person, public,   Y, Y, Y, N, N",
        "subscriber, person, public,   Y, Y, Y, N, N",
        "member,     person, public,   Y, Y, Y, N, N",
        "author,     person, public,   Y, Y, Y, Y, Y",
        "staff,      person, public,   Y, Y, Y, N, Y",
        "anonymous,  person, internal, N, N, N, N, N",
        "stranger,   person, internal, N, N, N, N, N",
        "subscriber, person, internal, N, N, N, N, N",
        "member,     person, internal, N, N, N, N, N",
        "author,     person, internal, Y, Y, Y, Y, Y",
        "staff,      person, internal, Y, N, Y, N, Y",
        "anonymous,  person, deleted,  N, N, N, N, N",
        "stranger,   person, deleted,  N, N, N, N, N",
        "subscriber, person, deleted,  N, N, N, N, N",
        "member,     person, deleted,  N, N, N, N, N",
        "author,     person, deleted,  N, N, N, N, N",
        "staff,      person, deleted,  N, N, N, N, N",
    })
    void policyAnswersEachRoleForEachItem(String role, String owner, String state, String view, String list,
            String comment, String edit, String delete) {
        Reader reader = READERS.get(role);
        String key = owner + "/" + state;

        Map<String, String> answers = state.equals("deleted") ? deletedAnswers(key, reader) : answers(key, reader);

        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of("view", view, "list", list,
            "comment", comment, "edit", edit, "delete", delete));
    }

    /** A deleted item cannot be found any more: every page answers 404, and no list holds it. */
    private static Map<String, String> deletedAnswers(String key, Reader reader) {
        ContentItem item = DELETED.get(key);
        ContentService contents = server.server().contents();
        String found = yesNo(contents.find(item.id()).isPresent());
        return Map.of("view", found, "list", yesNo(listed(item, reader)), "comment", found, "edit", found,
            "delete", found);
    }

    private static Map<String, String> answers(String key, Reader reader) {
        ContentItem item = ITEMS.get(key);
        ContentService contents = server.server().contents();
        assertThat(contents.rights(reader, item)).as("the page's rights agree with the single answers")
            .isEqualTo(new ContentService.Rights(contents.permits(Action.VIEW, reader, item),
                contents.permits(Action.COMMENT, reader, item), contents.permits(Action.EDIT, reader, item),
                contents.permits(Action.DELETE, reader, item)));
        return Map.of("view", yesNo(contents.permits(Action.VIEW, reader, item)), "list", yesNo(listed(item, reader)),
            "comment", yesNo(contents.permits(Action.COMMENT, reader, item)),
            "edit", yesNo(contents.permits(Action.EDIT, reader, item)),
            "delete", yesNo(contents.permits(Action.DELETE, reader, item)));
    }

    /** Whether the SQL path lists the item: in its owner's stream and in the site's article list alike. */
    private static boolean listed(ContentItem item, Reader reader) {
        ContentService contents = server.server().contents();
        boolean inStream = (item.inGroup() ? contents.groupStream(item.ownerId(), reader, 1)
            : contents.personStream(item.ownerId(), reader, 1)).items().stream().anyMatch(i -> i.id() == item.id());
        boolean inArticles = contents.articles(reader, 1).items().stream().anyMatch(i -> i.id() == item.id());
        assertThat(inArticles).as("the article list agrees with the owner's stream").isEqualTo(inStream);
        return inStream;
    }

    private static String yesNo(boolean answer) {
        return answer ? "Y" : "N";
    }

    private static ArticleForm form(String title, boolean isPublic) {
        return new ArticleForm(title, "Text von " + title, isPublic, false, "");
    }

    private static long person(GroupriseServer grouprise) {
        return grouprise.accounts().signUp(newAddress(), PASSWORD, PASSWORD, "192.0.2." + CLIENTS.incrementAndGet(),
            Locale.GERMAN);
    }
}
