package org.grouprise.server.mail.inbound.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.grouprise.server.mail.inbound.parsing.MailParseException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

class MailParserLimitsTest {
    private static final String HEADER = "From: anna@example.net\r\nSubject: Limits\r\nMIME-Version: 1.0\r\n";

    private final MailParser parser = new MailParser();

    @Test
    void moreMimePartsThanTheLimitAreRefused() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < MailParser.MAX_PARTS; i++) {
            body.append("--b\r\nContent-Type: text/plain\r\n\r\nPart ").append(i).append("\r\n");
        }
        String message = HEADER + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + body + "--b--\r\n";

        assertRefused(message, Reason.TOO_MANY_PARTS);
    }

    @Test
    void partsUpToTheLimitAreRead() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < MailParser.MAX_PARTS - 1; i++) {
            body.append("--b\r\nContent-Type: text/plain\r\n\r\nPart\r\n");
        }
        String message = HEADER + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + body + "--b--\r\n";

        assertThat(parser.parse(bytes(message)).text()).startsWith("Part\n\nPart");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        StringBuilder message = new StringBuilder(HEADER);
        for (int depth = 0; depth <= MailParser.MAX_DEPTH; depth++) {
            message.append("Content-Type: multipart/mixed; boundary=b").append(depth).append("\r\n\r\n--b")
                .append(depth).append("\r\n");
        }
        message.append("Content-Type: text/plain\r\n\r\nDeep\r\n");

        assertRefused(message.toString(), Reason.NESTED_TOO_DEEP);
    }

    @Test
    void headerSectionLargerThanTheLimitIsRefused() {
        String received = "Received: from relay.example.net by mx.example.org; Tue, 1 Dec 2026 10:00:00 +0100\r\n";
        String message = HEADER + received.repeat(MailParser.MAX_HEADER_BYTES / received.length() + 1) + "\r\nHi\r\n";

        assertRefused(message, Reason.HEADER_TOO_LARGE);
    }

    @Test
    void lineLongerThanTheLimitIsRefusedBeforeParsing() {
        String message = HEADER + "\r\n" + "x".repeat(MailParser.MAX_LINE_BYTES + 1) + "\r\n";

        assertRefused(message, Reason.LINE_TOO_LONG);
    }

    @Test
    void lineJustUnderTheLimitIsKept() {
        String line = "y".repeat(MailParser.MAX_LINE_BYTES - 1);

        IncomingMail mail = parser.parse(bytes(HEADER + "\r\n" + line + "\r\n"));

        assertThat(mail.text()).isEqualTo(line);
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        String line = "z".repeat(999) + "\r\n";
        String message = HEADER + "\r\n" + line.repeat(MailParser.MAX_TEXT_CHARS / 1000 + 1);

        assertRefused(message, Reason.TEXT_TOO_LONG);
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutExhaustingTheStack() {
        String html = "<div><ul><li><b>\r\n".repeat(20_000) + "Tief"
            + "</b></li></ul></div>\r\n".repeat(20_000);
        String message = HEADER + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n";

        assertThat(parser.parse(bytes(message)).text()).contains("Tief");
    }

    @Test
    void manyQuoteBlocksBetweenOwnLinesAreReadInLinearTime() {
        String message = HEADER + "\r\n" + "> gefragt\r\ngeantwortet\r\n".repeat(20_000);

        // Linear work takes well under a second; only quadratic work on 20,000 blocks reaches this bound.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(bytes(message)));
    }

    @Test
    void multipartWithoutBoundaryIsMalformed() {
        String message = HEADER + "Content-Type: multipart/mixed\r\n\r\nNo boundary here\r\n";

        assertRefused(message, Reason.MALFORMED);
    }

    private void assertRefused(String message, Reason reason) {
        assertThatThrownBy(() -> parser.parse(bytes(message))).isInstanceOfSatisfying(MailParseException.class,
            refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static byte[] bytes(String message) {
        return message.getBytes(StandardCharsets.UTF_8);
    }
}
