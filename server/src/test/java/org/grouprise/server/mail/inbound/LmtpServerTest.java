package org.grouprise.server.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.LmtpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class LmtpServerTest {
    private static final int MAX_MESSAGE_SIZE = 2000;
    private static final InboundReply MAILBOX_FULL = new InboundReply(452, "4.2.2", "Mailbox full");

    private final Queue<Delivered> delivered = new ConcurrentLinkedQueue<>();
    private LmtpServer server;

    @BeforeEach
    void startServer() {
        InboundRecipients members = (sender, recipient) -> recipient.startsWith("member")
            ? InboundReply.recipientOk() : InboundReply.noSuchRecipient(recipient);
        InboundDelivery delivery = (message, recipient) -> {
            delivered.add(new Delivered(message.sender(), recipient, message.bytes()));
            return recipient.startsWith("member-full") ? MAILBOX_FULL : InboundReply.delivered();
        };
        server = LmtpServer.start(new Listener(true, "127.0.0.1", 0), "lists.example.org", MAX_MESSAGE_SIZE,
            members, delivery);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void lhloAdvertisesTheLmtpCapabilities() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            LmtpClient.Reply reply = client.send("LHLO mx.example.org");

            assertThat(client.greeting().code()).isEqualTo(220);
            assertThat(client.greeting().text()).startsWith("lists.example.org ");
            assertThat(reply.code()).isEqualTo(250);
            assertThat(reply.texts()).containsExactly("lists.example.org", "PIPELINING", "ENHANCEDSTATUSCODES",
                "8BITMIME", "SIZE " + MAX_MESSAGE_SIZE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELO mx.example.org", "EHLO mx.example.org"})
    void smtpGreetingsAreRefused(String greeting) {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            LmtpClient.Reply reply = client.send(greeting);

            assertThat(reply.code()).isEqualTo(500);
            assertThat(reply.text()).startsWith("5.5.1 ");
        }
    }

    @Test
    void mailBeforeLhloIsRefused() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            LmtpClient.Reply reply = client.send("MAIL FROM:<anna@example.net>");

            assertThat(reply.code()).isEqualTo(503);
        }
    }

    @Test
    void rcptRepliesFollowTheRecipientPolicy() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            List<LmtpClient.Reply> replies = client.envelope("anna@example.net", "member-a@lists.example.org",
                "stranger@lists.example.org");

            assertThat(replies).extracting(LmtpClient.Reply::toString).containsExactly("250 2.1.5 Ok",
                "550 5.1.1 <stranger@lists.example.org>: no such recipient here");
        }
    }

    @Test
    void dataAnswersOncePerAcceptedRecipientInRcptOrder() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "member-full@lists.example.org", "stranger@lists.example.org",
                "member-b@lists.example.org");

            List<LmtpClient.Reply> replies = client.data("Subject: Hallo\n\nbis Donnerstag\n", 2);

            assertThat(replies).extracting(LmtpClient.Reply::toString)
                .containsExactly("452 4.2.2 Mailbox full", "250 2.0.0 Ok, delivered");
            assertThat(client.send("NOOP").toString()).isEqualTo("250 2.0.0 Ok");
            assertThat(delivered).extracting(Delivered::recipient)
                .containsExactly("member-full@lists.example.org", "member-b@lists.example.org");
        }
    }

    @Test
    void messageBytesArriveIntactAfterDotUnstuffing() {
        String message = "From: Anna <anna@example.net>\r\nSubject: Grüße\r\n\r\n.leading dot\r\n..two dots\r\n"
            + "last line\r\n";

        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "member-a@lists.example.org");
            client.data(message, 1);
        }

        assertThat(delivered).singleElement().satisfies(mail -> {
            assertThat(mail.sender()).isEqualTo("anna@example.net");
            assertThat(new String(mail.content(), StandardCharsets.UTF_8)).isEqualTo(message);
        });
    }

    @Test
    void bounceWithEmptySenderIsAccepted() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            List<LmtpClient.Reply> rcpt = client.envelope("", "member-a@lists.example.org");
            List<LmtpClient.Reply> replies = client.data("Subject: Undelivered\r\n\r\nsorry\r\n", 1);

            assertThat(rcpt).extracting(LmtpClient.Reply::code).containsExactly(250);
            assertThat(replies).extracting(LmtpClient.Reply::code).containsExactly(250);
            assertThat(delivered).extracting(Delivered::sender).containsExactly("");
        }
    }

    @Test
    void oversizedMessageIsRefusedForEachRecipientWithoutDelivery() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "member-a@lists.example.org", "member-b@lists.example.org");

            List<LmtpClient.Reply> replies = client.data("Subject: big\r\n\r\n" + "x".repeat(3 * MAX_MESSAGE_SIZE), 2);

            assertThat(replies).extracting(LmtpClient.Reply::code).containsExactly(552, 552);
            assertThat(replies.get(0).text()).startsWith("5.3.4 ");
            assertThat(client.send("NOOP").code()).isEqualTo(250);
            assertThat(delivered).isEmpty();
        }
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedAtMail() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.send("LHLO mx.example.org");

            LmtpClient.Reply reply = client.send("MAIL FROM:<anna@example.net> SIZE=" + (MAX_MESSAGE_SIZE + 1));

            assertThat(reply.code()).isEqualTo(552);
        }
    }

    @Test
    void dataWithoutAcceptedRecipientIsRefused() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "stranger@lists.example.org");

            assertThat(client.send("DATA").toString()).isEqualTo("503 5.5.1 Error: need RCPT command");
        }
    }

    @Test
    void rsetForgetsTheRecipients() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "member-a@lists.example.org");

            assertThat(client.send("RSET").toString()).isEqualTo("250 2.0.0 Ok");
            assertThat(client.send("DATA").code()).isEqualTo(503);
        }
    }

    @Test
    void pipelinedTransactionGetsEveryReplyInOrder() {
        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.write("LHLO mx.example.org\r\nMAIL FROM:<anna@example.net>\r\n"
                + "RCPT TO:<member-a@lists.example.org>\r\nRCPT TO:<nobody@lists.example.org>\r\nDATA\r\n");
            List<Integer> codes = List.of(client.readReply().code(), client.readReply().code(),
                client.readReply().code(), client.readReply().code(), client.readReply().code());
            client.write("Subject: pipelined\r\n\r\nhi\r\n.\r\nQUIT\r\n");

            assertThat(codes).containsExactly(250, 250, 250, 550, 354);
            assertThat(client.readReply().code()).isEqualTo(250);
            assertThat(client.readReply().toString()).isEqualTo("221 2.0.0 Bye");
        }
    }

    @Test
    void failingDeliveryAnswersTemporaryFailureForThatRecipient() {
        server.close();
        InboundDelivery broken = (message, recipient) -> {
            throw new IllegalStateException("database away");
        };
        server = LmtpServer.start(new Listener(true, "127.0.0.1", 0), "lists.example.org", MAX_MESSAGE_SIZE,
            (sender, recipient) -> InboundReply.recipientOk(), broken);

        try (LmtpClient client = LmtpClient.connect(server.port())) {
            client.envelope("anna@example.net", "a@lists.example.org");

            assertThat(client.data("Subject: x\r\n\r\ny\r\n", 1)).extracting(LmtpClient.Reply::toString)
                .containsExactly("451 4.3.0 Temporary failure, please try again later");
        }
    }

    private record Delivered(String sender, String recipient, byte[] content) {
    }
}
