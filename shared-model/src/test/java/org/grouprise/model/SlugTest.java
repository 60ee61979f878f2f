package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource({
        "garten-ag, garten-ag",
        "' Garten_AG ', garten_ag",
        "stadt42, stadt42",
    })
    void ofTrimsAndLowerCases(String input, String expected) {
        assertThat(Slug.of(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garten ag", "gärten", "garten/ag", "garten.ag"})
    void ofRejectsCharactersOutsideTheUrlAlphabetQuotingTheInput(String input) {
        assertThatThrownBy(() -> Slug.of(input))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + input + "'");
    }

    @Test
    void ofRejectsMoreThanFiftyCharacters() {
        String tooLong = "a".repeat(51);

        assertThatThrownBy(() -> Slug.of(tooLong)).hasMessageContaining(tooLong).hasMessageContaining("50");
    }
}
