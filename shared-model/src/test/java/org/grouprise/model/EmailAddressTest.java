package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anna@example.org        | anna@example.org",
        "'  anna@example.org  '  | anna@example.org",
        "Anna.Berg@Example.ORG   | Anna.Berg@example.org",
        "reply+abc123@mail.example.org | reply+abc123@mail.example.org",
    })
    void ofNormalisesBlanksAndDomainCase(String input, String expected) {
        EmailAddress address = EmailAddress.of(input);

        assertThat(address.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@example.org", "anna@example", "an na@example.org",
        "anna..berg@example.org", "anna@exa_mple.org", "anna@-example.org"})
    void ofRejectsMalformedAddressesQuotingTheInput(String input) {
        assertThatThrownBy(() -> EmailAddress.of(input))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + input + "'");
    }

    @Test
    void localPartAndDomainAreSplitAtTheLastAt() {
        EmailAddress address = EmailAddress.of("x@example.org");

        assertThat(address.localPart()).isEqualTo("x");
        assertThat(address.domain()).isEqualTo("example.org");
    }

    @Test
    void constructorRefusesAnAddressThatIsNotNormalised() {
        assertThatThrownBy(() -> new EmailAddress("Anna@EXAMPLE.org")).hasMessageContaining("'Anna@EXAMPLE.org'");
    }
}
