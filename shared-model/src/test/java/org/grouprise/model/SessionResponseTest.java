package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

class SessionResponseTest {
    private final JsonCodec codec = JsonCodec.create();

    @Test
    void expiryIsWrittenAsIsoText() {
        SessionResponse response = new SessionResponse("tok", Instant.parse("2030-01-02T03:04:05Z"));

        String json = new String(codec.write(response), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"token\":\"tok\",\"expiresAt\":\"2030-01-02T03:04:05Z\"}");
    }

    @Test
    void unknownMembersFromANewerServerAreIgnored() {
        byte[] json = "{\"token\":\"tok\",\"expiresAt\":\"2030-01-02T03:04:05Z\",\"scope\":\"all\"}"
            .getBytes(StandardCharsets.UTF_8);

        SessionResponse response = codec.read(json, SessionResponse.class);

        assertThat(response.expiresAt()).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
    }

    @Test
    void toStringHidesTheToken() {
        SessionResponse response = new SessionResponse("bearer-secret", Instant.EPOCH);

        assertThat(response.toString()).doesNotContain("bearer-secret");
    }
}
