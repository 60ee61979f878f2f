package org.grouprise.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

class UsernamesTest {
    private final Usernames usernames = new Usernames(Settings.BUILTIN_SLUG_BLACKLIST);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Jörg.Schmidt@example.org, jorg-schmidt",
        "ann@example.org, ann",
        "Straße@example.org, strasse",
        "Ann_B+news@example.org, ann_b-news",
        "--élodie--@example.org, elodie",
        "first.last@sub.example.org, first-last",
        "@example.org, person",
        "...@example.org, person"
    })
    void usernameIsDerivedFromLocalPart(String email, String expected) {
        assertThat(usernames.derive(email, name -> false)).isEqualTo(expected);
    }

    @Test
    void takenNameGetsNextFreeNumber() {
        Set<String> taken = Set.of("ann", "ann1");

        assertThat(usernames.derive("Ann@example.org", taken::contains)).isEqualTo("ann2");
    }

    @Test
    void takenIsAskedWithCaseInsensitiveKey() {
        Set<String> taken = Set.of("jorg-schmidt");

        assertThat(usernames.derive("JÖRG.SCHMIDT@example.org", taken::contains)).isEqualTo("jorg-schmidt1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "stadt@example.org, stadt1",
        "Postmaster@example.org, postmaster1",
        "www@example.org, www1"
    })
    void reservedNameGetsNumber(String email, String expected) {
        assertThat(usernames.derive(email, name -> false)).isEqualTo(expected);
    }

    @Test
    void configuredReservedNamesCount() {
        Usernames withClub = new Usernames(List.of("Verein"));

        assertThat(withClub.isReserved("verein")).isTrue();
        assertThat(withClub.derive("verein@example.org", name -> false)).isEqualTo("verein1");
    }

    @Test
    void longLocalPartIsCutSoThatNumberStillFits() {
        String local = "a".repeat(80);

        String derived = usernames.derive(local + "@example.org", name -> name.equals("a".repeat(46)));

        assertThat(derived).isEqualTo("a".repeat(46) + "1");
        assertThat(usernames.isWellFormed(derived)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "ann, true",
        "Ann_B-2, true",
        "_, true",
        "'', false",
        "jörg, false",
        "ann b, false",
        "ann.b, false",
        "ann@b, false",
        "ann/, false",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, true",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, false"
    })
    void wellFormedUsernames(String username, boolean expected) {
        assertThat(usernames.isWellFormed(username)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "stadt, true",
        "STADT, true",
        "Admin, true",
        "ann, false"
    })
    void reservedNamesIgnoreCase(String username, boolean expected) {
        assertThat(usernames.isReserved(username)).isEqualTo(expected);
    }
}
