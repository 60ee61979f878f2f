package org.grouprise.server.mail.inbound.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every {@code .eml} fixture under {@code mail/corpus/} and compares it with its {@code .expected.txt}:
 * {@code key: value} lines (each checked only when present; {@code #} lines are comments), a line
 * {@code ---}, then the exact text to store. Adding a fixture pair adds a case.
 */
class MailCorpusTest {
    private static final MailParser PARSER = new MailParser();

    static Stream<String> fixtures() {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".eml"))
                .map(name -> name.substring(0, name.length() - ".eml".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void corpusHoldsAtLeastSixtyFixturesEachWithExpectations() {
        List<String> names = fixtures().toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(60);
        assertThat(names).allSatisfy(name -> assertThat(corpus().resolve(name + ".expected.txt")).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureReadsAsItsExpectationSays(String name) throws IOException {
        Expectation expected = Expectation.read(corpus().resolve(name + ".expected.txt"));

        IncomingMail mail = PARSER.parse(Files.readAllBytes(corpus().resolve(name + ".eml")));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(mail.text()).as("text").isEqualTo(expected.text());
        expected.check("from", mail.fromAddress(), softly);
        expected.check("name", mail.fromName(), softly);
        expected.check("subject", mail.subject(), softly);
        expected.check("message-id", mail.messageId(), softly);
        expected.check("in-reply-to", mail.inReplyTo(), softly);
        expected.check("references", String.join(" ", mail.references()), softly);
        expected.check("date", mail.date().map(Object::toString).orElse("none"), softly);
        expected.check("automatic", Boolean.toString(mail.automatic()), softly);
        expected.check("delivery-status", mail.deliveryStatus().map(MailCorpusTest::describe).orElse("none"), softly);
        expected.check("attachments", Integer.toString(mail.attachments().size()), softly);
        if (expected.fields().containsKey("attachment")) {
            softly.assertThat(mail.attachments()).as("attachments").map(MailCorpusTest::describe)
                .containsExactlyElementsOf(expected.fields().get("attachment"));
        }
        softly.assertAll();
    }

    private static String describe(DeliveryStatus status) {
        return String.join("; ", status.recipient(), status.action(), status.status(),
            status.hard() ? "hard" : status.soft() ? "soft" : "other");
    }

    private static String describe(MailAttachment attachment) {
        List<String> facts = new ArrayList<>(List.of(attachment.fileName(), attachment.contentType(),
            Long.toString(attachment.size())));
        if (attachment.inline()) {
            facts.add("inline");
        }
        if (!attachment.contentId().isEmpty()) {
            facts.add(attachment.contentId());
        }
        return String.join("; ", facts);
    }

    private static Path corpus() {
        try {
            return Path.of(Objects.requireNonNull(MailCorpusTest.class.getResource("/mail/corpus")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Expectation(Map<String, List<String>> fields, String text) {

        static Expectation read(Path file) throws IOException {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int separator = content.indexOf("---\n");
            Map<String, List<String>> fields = content.substring(0, separator).lines()
                .filter(line -> !line.startsWith("#") && line.contains(":"))
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(':')), LinkedHashMap::new,
                    Collectors.mapping(line -> line.substring(line.indexOf(':') + 1).strip(), Collectors.toList())));
            String text = content.substring(separator + "---\n".length());
            return new Expectation(fields, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }

        void check(String key, String actual, SoftAssertions softly) {
            if (fields.containsKey(key)) {
                softly.assertThat(actual).as(key).isEqualTo(fields.get(key).get(0));
            }
        }
    }
}
