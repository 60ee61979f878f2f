package org.grouprise.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

class SecureTokensTest {
    private final SecureTokens tokens = new SecureTokens();

    @Test
    void defaultTokenHas256BitsInUrlSafeCharacters() {
        String token = tokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @CsvSource({"128, 22", "192, 32", "256, 43", "512, 86"})
    void tokenLengthFollowsStrength(int bits, int characters) {
        assertThat(tokens.newToken(bits)).hasSize(characters);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 64, 120, 130})
    void weakOrOddStrengthIsRefused(int bits) {
        assertThatIllegalArgumentException().isThrownBy(() -> tokens.newToken(bits)).withMessageContaining("" + bits);
    }

    @Test
    void tokensAreUnique() {
        Set<String> seen = new HashSet<>();

        IntStream.range(0, 10_000).forEach(i -> seen.add(tokens.newToken(128)));

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void sha256HexMatchesKnownDigest() {
        assertThat(SecureTokens.sha256Hex("abc"))
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void storedHashDoesNotContainToken() {
        String token = tokens.newToken();

        assertThat(SecureTokens.sha256Hex(token)).hasSize(64).doesNotContain(token);
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, true", "abc, abd, false", "abc, abcd, false", "'', '', true"})
    void constantTimeEqualsComparesContent(String a, String b, boolean expected) {
        assertThat(SecureTokens.constantTimeEquals(a, b)).isEqualTo(expected);
    }

    @Test
    void hmacMatchesRfc4231TestCase2() {
        Hmac hmac = new Hmac("Jefe".getBytes(StandardCharsets.US_ASCII));

        assertThat(hmac.signHex("what do ya want for nothing?"))
            .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hmacVerifiesOwnSignatureOnly() {
        Hmac hmac = Hmac.forPurpose("instance secret", "reply addresses");
        String signature = hmac.signHex("group 42");

        assertThat(hmac.verifyHex("group 42", signature)).isTrue();
        assertThat(hmac.verifyHex("group 43", signature)).isFalse();
        assertThat(Hmac.forPurpose("instance secret", "other use").verifyHex("group 42", signature)).isFalse();
    }
}
