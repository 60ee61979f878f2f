package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

class SessionRequestTest {
    private final JsonCodec codec = JsonCodec.create();

    @Test
    void toStringHidesPasswordAndTotpCode() {
        SessionRequest request = new SessionRequest("anna", "s3cret-Passw0rd", Optional.of("123456"));

        assertThat(request.toString()).contains("anna").doesNotContain("s3cret-Passw0rd").doesNotContain("123456");
    }

    @Test
    void jsonLeavesOutAnAbsentTotpCode() {
        byte[] json = codec.write(SessionRequest.withoutTotp("anna", "pw"));

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"username\":\"anna\",\"password\":\"pw\"}");
    }

    @Test
    void jsonRoundTripKeepsTheTotpCode() {
        SessionRequest request = new SessionRequest("anna", "pw", Optional.of("123456"));

        SessionRequest read = codec.read(codec.write(request), SessionRequest.class);

        assertThat(read).isEqualTo(request);
    }

    @Test
    void jsonWithoutTotpReadsAsEmpty() {
        byte[] json = "{\"username\":\"anna\",\"password\":\"pw\"}".getBytes(StandardCharsets.UTF_8);

        SessionRequest read = codec.read(json, SessionRequest.class);

        assertThat(read.totp()).isEmpty();
    }
}
