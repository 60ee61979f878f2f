package org.grouprise.server.mail.inbound.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Feeds mutated corpus fixtures to the parser: it either reads them or refuses them with its own exception,
 * never anything else, and never takes long. The seed is fixed, so a failure repeats.
 */
class MailParserFuzzTest {
    private static final int MUTATIONS_PER_FIXTURE = 25;
    private static final byte[] INTERESTING = "\r\n--:;=?<>\"\\ \t\0\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    private final MailParser parser = new MailParser();

    static Stream<String> fixtures() {
        return MailCorpusTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void mutatedFixtureIsReadOrRefusedWithoutHanging(String name) throws IOException, URISyntaxException {
        byte[] original = Files.readAllBytes(Path.of(Objects.requireNonNull(
            getClass().getResource("/mail/corpus/" + name + ".eml")).toURI()));
        Random random = new Random(name.hashCode());

        // A generous bound that only a hang or a runaway (super-linear) parse can reach; speed itself is
        // not measured here.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                byte[] mutated = mutate(original, random);
                assertThatCode(() -> parseOrRefuse(mutated)).as("mutation %d of %s", i, name)
                    .doesNotThrowAnyException();
            }
        });
    }

    private void parseOrRefuse(byte[] message) {
        try {
            parser.parse(message);
        } catch (MailParseException refused) {
            assertThat(refused.reason()).isNotNull();
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] mutated = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(mutated.length);
            switch (random.nextInt(3)) {
                case 0 -> mutated[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 1 -> mutated[at] = (byte) random.nextInt(256);
                default -> mutated = Arrays.copyOf(mutated, Math.max(1, at));
            }
        }
        return mutated;
    }
}
