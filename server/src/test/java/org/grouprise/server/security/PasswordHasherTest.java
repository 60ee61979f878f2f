package org.grouprise.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashOfPasswordVerifies() {
        String stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", stored)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery stapler", stored)).isFalse();
    }

    @Test
    void nonAsciiPasswordVerifies() {
        String stored = hasher.hash("Grüße aus Köln €");

        assertThat(hasher.verify("Grüße aus Köln €", stored)).isTrue();
        assertThat(hasher.verify("Grusse aus Koln €", stored)).isFalse();
    }

    @Test
    void storedValueCarriesArgon2idParametersOfAtLeastOwaspMinimum() {
        String stored = hasher.hash("secret words");

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        PasswordHasher.Stored parsed = PasswordHasher.Stored.parse(stored).orElseThrow();
        assertThat(parsed.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(parsed.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(parsed.salt()).hasSize(16);
        assertThat(parsed.hash()).hasSize(32);
    }

    @Test
    void twoHashesOfSamePasswordDiffer() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "plain text",
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=19456,t=2,p=1$!!!$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=7$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2_sha256$260000$salt$aGFzaA=="
    })
    void malformedStoredValueDoesNotVerify(String stored) {
        assertThat(hasher.verify("password", stored)).isFalse();
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void currentHashNeedsNoRehash() {
        assertThat(hasher.needsRehash(hasher.hash("secret words"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "19456, 2, false",
        "65536, 3, false",
        "4096,  2, true",
        "19456, 1, true"
    })
    void weakerParametersNeedRehash(int memoryKib, int iterations, boolean expected) {
        String stored = "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations
            + ",p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

        assertThat(hasher.needsRehash(stored)).isEqualTo(expected);
    }

    @Test
    void hashFromReferenceImplementationVerifies() {
        // made by the reference argon2 command line tool (Debian package argon2):
        // echo -n "hunter2 but longer" | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e
        String stored = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
            + "WUTo3AFopTXLbR6Jmi3sQ63YBQdMyNhD3I83eMmypQE";

        assertThat(hasher.verify("hunter2 but longer", stored)).isTrue();
        assertThat(hasher.verify("hunter2", stored)).isFalse();
    }

    @Test
    void hashWithWeakerParametersStillVerifiesButNeedsRehash() {
        // argon2 command line tool, as above but with -t 1 -k 4096
        String stored = "$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
            + "n54Aht5zmZSjKoueUt1gS1SGrigPGemRrV4en/6Hncg";

        assertThat(hasher.verify("hunter2 but longer", stored)).isTrue();
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void warmUpLeavesHasherUsable() {
        hasher.warmUp();

        assertThat(hasher.verify("after warm-up", hasher.hash("after warm-up"))).isTrue();
    }
}
