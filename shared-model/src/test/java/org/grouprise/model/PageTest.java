package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

class PageTest {
    private final JsonCodec codec = JsonCodec.create();

    @Test
    void pageIsWrittenInTheStandardShape() {
        Page<String> page = new Page<>(List.of("a", "b"), 7, 2, 2);

        String json = new String(codec.write(page), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"items\":[\"a\",\"b\"],\"total\":7,\"page\":2,\"size\":2}");
    }

    @Test
    void pageOfRecordsIsReadWithItsItemType() {
        OutboxMail mail = new OutboxMail(42, "anna@example.net", "Hallo", "failed", 8,
            Instant.parse("2030-01-02T03:04:05Z"), Optional.of("550 no such user"), Instant.EPOCH);
        byte[] json = codec.write(new Page<>(List.of(mail), 1, 1, 50));

        Page<OutboxMail> read = codec.readPage(json, OutboxMail.class);

        assertThat(read.items()).containsExactly(mail);
        assertThat(read.total()).isEqualTo(1);
    }

    @Test
    void absentLastErrorIsLeftOut() {
        OutboxMail mail = new OutboxMail(1, "a@example.net", "s", "queued", 0, Instant.EPOCH, Optional.empty(),
            Instant.EPOCH);

        String json = new String(codec.write(mail), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("lastError");
        assertThat(codec.read(json.getBytes(StandardCharsets.UTF_8), OutboxMail.class)).isEqualTo(mail);
    }
}
