package org.grouprise.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} for {1} <{2}>: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        short1                       | ann        | ann@example.org        | TOO_SHORT
        123456789                    | ann        | ann@example.org        | ENTIRELY_NUMERIC TOO_COMMON
        98765432109                  | ann        | ann@example.org        | ENTIRELY_NUMERIC
        1234                         | ann        | ann@example.org        | TOO_SHORT ENTIRELY_NUMERIC TOO_COMMON
        password                     | ann        | ann@example.org        | TOO_COMMON
        PassWord                     | ann        | ann@example.org        | TOO_COMMON
        iloveyou                     | ann        | ann@example.org        | TOO_COMMON
        sunshine                     | ann        | ann@example.org        | TOO_COMMON
        johnsmith1                   | johnsmith  | js@example.org         | TOO_SIMILAR_TO_PERSONAL_DATA
        Schmidt2024                  | tina       | tina.schmidt@mail.org  | TOO_SIMILAR_TO_PERSONAL_DATA
        tina.schmidt@mail            | tina       | tina.schmidt@mail.org  | TOO_SIMILAR_TO_PERSONAL_DATA
        correct horse battery staple | ann        | ann@example.org        |
        Vier Ziegen tanzen im Regen  | tina       | tina.schmidt@mail.org  |
        kx7-Quorn-lamp               | johnsmith  | js@example.org         |
        """)
    void violationsOfCandidatePasswords(String password, String username, String email, String expected) {
        List<PasswordViolation> violations = policy.check(password, username, email);

        assertThat(violations).containsExactlyElementsOf(codes(expected));
    }

    @Test
    void longPassphraseMayContainShortUsername() {
        assertThat(policy.check("ann walks her three dogs along the river", "ann", "ann@example.org")).isEmpty();
    }

    @Test
    void personalValuesBeyondUsernameAndEmailCount() {
        List<PasswordViolation> violations = policy.check("Hildegard!", List.of("hk", "hk@example.org", "Hildegard"));

        assertThat(violations).containsExactly(PasswordViolation.TOO_SIMILAR_TO_PERSONAL_DATA);
    }

    @ParameterizedTest
    @CsvSource({
        "abc, abc, 1.0",
        "abc, xyz, 0.0",
        "abcd, ab, 0.6666666666666666",
        "aab, abb, 0.6666666666666666"
    })
    void quickRatioCountsSharedCharacters(String a, String b, double expected) {
        assertThat(PasswordPolicy.quickRatio(a, b)).isEqualTo(expected);
    }

    private static List<PasswordViolation> codes(String expected) {
        if (expected == null) {
            return List.of();
        }
        return Arrays.stream(expected.split(" ")).map(PasswordViolation::valueOf).toList();
    }
}
