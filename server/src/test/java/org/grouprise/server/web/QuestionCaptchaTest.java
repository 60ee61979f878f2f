package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

class QuestionCaptchaTest {
    private static final String SECRET = "0123456789abcdef0123";

    private final QuestionCaptcha captcha = new QuestionCaptcha(true, SECRET);

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
        captcha.q1 | spring
        captcha.q1 | Frühling
        captcha.q1 | FRUEHLING
        captcha.q2 | 7
        captcha.q2 | Sieben
        captcha.q2 | '  seven  '
        captcha.q3 | blau
        captcha.q3 | Blue
        captcha.q4 | vier
        captcha.q4 | 4
        captcha.q5 | heiß
        captcha.q5 | Warm
        """)
    void rightAnswerInEitherLanguageIsAccepted(String questionKey, String answer) {
        QuestionCaptcha.Challenge challenge = challengeFor(questionKey);

        assertThat(captcha.accepts(answer, challenge.hashes())).isTrue();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
        captcha.q1 | winter
        captcha.q2 | 8
        captcha.q2 | blau
        captcha.q3 | ''
        captcha.q3 | '   '
        captcha.q4 | vier beine
        """)
    void wrongOrEmptyAnswerIsRefused(String questionKey, String answer) {
        QuestionCaptcha.Challenge challenge = challengeFor(questionKey);

        assertThat(captcha.accepts(answer, challenge.hashes())).isFalse();
    }

    @Test
    void hashesMadeWithAnotherSecretKeyAreRefused() {
        QuestionCaptcha other = new QuestionCaptcha(true, "another-secret-key-of-some-length");
        String foreignHashes = challengeFor(other, "captcha.q2").hashes();

        assertThat(captcha.accepts("7", foreignHashes)).isFalse();
    }

    @Test
    void answerWithoutHashesIsRefused() {
        assertThat(captcha.accepts("7", "")).isFalse();
    }

    @Test
    void switchedOffCaptchaAcceptsAnything() {
        QuestionCaptcha off = new QuestionCaptcha(false, SECRET);

        assertThat(off.enabled()).isFalse();
        assertThat(off.accepts("", "")).isTrue();
        assertThat(off.accepts("nonsense", "forged")).isTrue();
    }

    @Test
    void everyQuestionHasTextInBothLanguages() {
        for (int i = 0; i < 200; i++) {
            String key = captcha.challenge().questionKey();

            assertThat(Messages.of(Locale.GERMAN).has(key)).as(key).isTrue();
            assertThat(Messages.of(Locale.ENGLISH).has(key)).as(key).isTrue();
        }
    }

    private QuestionCaptcha.Challenge challengeFor(String questionKey) {
        return challengeFor(captcha, questionKey);
    }

    /** The question is drawn at random; draw until the wanted one comes up. */
    private static QuestionCaptcha.Challenge challengeFor(QuestionCaptcha captcha, String questionKey) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            QuestionCaptcha.Challenge challenge = captcha.challenge();
            if (challenge.questionKey().equals(questionKey)) {
                return challenge;
            }
        }
        throw new AssertionError("no challenge asks " + questionKey);
    }
}
