package org.grouprise.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grouprise.model.AuditEntry;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.OutboxMail;
import org.grouprise.model.OutboxMailText;
import org.grouprise.model.Page;
import org.grouprise.model.ProblemTypes;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.AccountSteps;
import org.grouprise.server.testsupport.ApiClient;
import org.grouprise.server.testsupport.ApiClient.Response;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** The mail queue through the admin API, with the audit entry of a retry. */
class AdminMailOutboxTest {
    private static final JsonCodec CODEC = JsonCodec.create();
    private static final String OUTBOX = "/api/v1/mail/outbox";

    @TempDir
    Path folder;

    private TestServer server;
    private ApiClient api;
    private String recipient;
    private long mailId;

    @BeforeEach
    void queueOneFailedMail() throws SQLException {
        // No task runner: nothing delivers, so a mail keeps the status the test gives it.
        server = TestServer.start(folder, 25, builder -> builder.tasksEnabled(false)
            .adminApi(new Listener(true, "127.0.0.1", 0)));
        api = server.newAdminApiClient();
        recipient = AccountSteps.newAddress();
        server.server().accounts().signUp(recipient, AccountSteps.PASSWORD, AccountSteps.PASSWORD, "192.0.2.7",
            Locale.GERMAN);
        mailId = mailIdFor(recipient);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listShowsMailOfTheRequestedStatus() throws SQLException {
        markFailed(mailId);

        Page<OutboxMail> failed = CODEC.readPage(api.get(OUTBOX + "?status=failed").body(), OutboxMail.class);

        assertThat(failed.total()).isEqualTo(1);
        assertThat(failed.page()).isEqualTo(1);
        assertThat(failed.size()).isEqualTo(Paging.DEFAULT_SIZE);
        OutboxMail mail = failed.items().get(0);
        assertThat(mail.id()).isEqualTo(mailId);
        assertThat(mail.recipient()).isEqualTo(recipient);
        assertThat(mail.status()).isEqualTo("failed");
        assertThat(mail.lastError()).contains("550 no such user");
    }

    @Test
    void listPagesWithPageAndSize() {
        String second = AccountSteps.newAddress();
        server.server().accounts().signUp(second, AccountSteps.PASSWORD, AccountSteps.PASSWORD, "192.0.2.7",
            Locale.GERMAN);

        Page<OutboxMail> page = CODEC.readPage(api.get(OUTBOX + "?status=queued&page=2&size=1").body(),
            OutboxMail.class);

        assertThat(page.total()).isGreaterThanOrEqualTo(2);
        assertThat(page.items()).hasSize(1);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(1);
    }

    @Test
    void unknownStatusIsInvalidRequest() {
        Response response = api.get(OUTBOX + "?status=lost");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().type()).isEqualTo(ProblemTypes.INVALID_REQUEST);
        assertThat(response.problem().fieldErrors()).containsKey("status");
    }

    @Test
    void showGivesHeadersAndDecodedText() {
        OutboxMailText shown = api.get(OUTBOX + "/" + mailId).as(OutboxMailText.class);

        assertThat(shown.mail().id()).isEqualTo(mailId);
        assertThat(shown.text()).contains("To: " + recipient, "Subject: ");
    }

    @Test
    void unknownMailIsNotFound() {
        Response response = api.get(OUTBOX + "/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problem().type()).isEqualTo(ProblemTypes.NOT_FOUND);
    }

    @Test
    void retryQueuesAFailedMailAgainAndIsAudited() throws SQLException {
        markFailed(mailId);

        Response retried = api.post(OUTBOX + "/" + mailId + "/retry");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.as(OutboxMail.class).status()).isEqualTo("queued");
        Page<AuditEntry> audit = CODEC.readPage(api.get("/api/v1/audit").body(), AuditEntry.class);
        assertThat(audit.total()).isEqualTo(1);
        AuditEntry entry = audit.items().get(0);
        assertThat(entry.action()).isEqualTo("mail.retry");
        assertThat(entry.target()).isEqualTo("mail:" + mailId);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.at()).isEqualTo(server.clock().instant());
        assertThat(entry.details()).containsEntry("statusBefore", "failed").containsEntry("recipient", recipient);
    }

    @Test
    void retryOfMailThatDidNotFailIsConflictAndNotAudited() {
        Response retried = api.post(OUTBOX + "/" + mailId + "/retry");

        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.problem().type()).isEqualTo(ProblemTypes.CONFLICT);
        assertThat(CODEC.readPage(api.get("/api/v1/audit").body(), AuditEntry.class).total()).isZero();
    }

    @Test
    void discardDeletesAQueuedMailAndIsAudited() {
        Response discarded = api.delete(OUTBOX + "/" + mailId);

        assertThat(discarded.status()).isEqualTo(204);
        assertThat(api.get(OUTBOX + "/" + mailId).status()).isEqualTo(404);
        AuditEntry entry = CODEC.readPage(api.get("/api/v1/audit").body(), AuditEntry.class).items().get(0);
        assertThat(entry.action()).isEqualTo("mail.discard");
        assertThat(entry.target()).isEqualTo("mail:" + mailId);
        assertThat(entry.details()).containsEntry("statusBefore", "queued").containsEntry("recipient", recipient);
    }

    @Test
    void discardOfSentMailIsConflict() throws SQLException {
        setStatus(mailId, "sent");

        Response discarded = api.delete(OUTBOX + "/" + mailId);

        assertThat(discarded.status()).isEqualTo(409);
        assertThat(api.get(OUTBOX + "/" + mailId).status()).isEqualTo(200);
    }

    @Test
    void auditLogRefusesChanges() throws SQLException {
        markFailed(mailId);
        api.post(OUTBOX + "/" + mailId + "/retry");

        try (Connection connection = server.server().database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM admin_audit_log"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE admin_audit_log SET action = 'nothing'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "GET,    /api/v1/overview",
        "GET,    /api/v1/mail/outbox",
        "GET,    /api/v1/mail/outbox/1",
        "POST,   /api/v1/mail/outbox/1/retry",
        "DELETE, /api/v1/mail/outbox/1",
        "GET,    /api/v1/audit",
        "GET,    /api/v1/people",
        "GET,    /api/v1/groups",
        "DELETE, /api/v1/session",
    })
    void everyEndpointButLoginNeedsAToken(String method, String path) {
        Response response = server.newApiClient().send(method, path, "");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problem().type()).isEqualTo(ProblemTypes.UNAUTHENTICATED);
    }

    private long mailIdFor(String address) throws SQLException {
        try (Connection connection = server.server().database().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            query.setString(1, address);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a mail to %s was queued", address).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private void setStatus(long id, String status) throws SQLException {
        try (Connection connection = server.server().database().dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                    "UPDATE mail_outbox SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private void markFailed(long id) throws SQLException {
        try (Connection connection = server.server().database().dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'failed', "
                    + "attempts = 8, last_error = '550 no such user' WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
