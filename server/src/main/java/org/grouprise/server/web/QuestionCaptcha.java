package org.grouprise.server.web;

import org.grouprise.server.security.Hmac;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * grouprise's question captcha for anonymous forms, stateless: the form carries keyed hashes of
 * every accepted answer ({@code captcha_1}) and the visitor's answer ({@code captcha_0}) must hash
 * to one of them. Answers count in German and English alike. The {@code captcha: false} setting
 * switches it off everywhere.
 */
public final class QuestionCaptcha {
    public static final String ANSWER_FIELD = "captcha_0";
    public static final String HASHES_FIELD = "captcha_1";

    private static final List<Question> QUESTIONS = List.of(
        new Question("captcha.q1", Set.of("spring", "frühling", "fruehling", "fruhling")),
        new Question("captcha.q2", Set.of("7", "seven", "sieben")),
        new Question("captcha.q3", Set.of("blue", "blau")),
        new Question("captcha.q4", Set.of("4", "four", "vier")),
        new Question("captcha.q5", Set.of("warm", "hot", "heiß", "heiss")));

    private final boolean enabled;
    private final Hmac hmac;
    private final SecureRandom random = new SecureRandom();

    public QuestionCaptcha(boolean enabled, String secretKey) {
        this.enabled = enabled;
        this.hmac = Hmac.forPurpose(secretKey, "grouprise captcha answers");
    }

    public boolean enabled() {
        return enabled;
    }

    /** A random question for a new form. */
    public Challenge challenge() {
        Question question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
        String hashes = question.answers().stream().sorted().map(this::hash).collect(Collectors.joining(" "));
        return new Challenge(question.messageKey(), hashes);
    }

    /** Whether the submitted answer is one of those the form's hashes stand for; always true when switched off. */
    public boolean accepts(WebRequest request) {
        return accepts(request.form(ANSWER_FIELD), request.form(HASHES_FIELD));
    }

    /** The check of {@link #accepts(WebRequest)} on the two form fields' values. */
    boolean accepts(String answer, String hashes) {
        if (!enabled) {
            return true;
        }
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return false;
        }
        return Arrays.asList(hashes.split(" ")).contains(hash(normalized));
    }

    private String hash(String answer) {
        return hmac.signHex(answer);
    }

    /** The question to show (a message key) and the hashes to carry in the form. */
    public record Challenge(String questionKey, String hashes) {
    }

    private record Question(String messageKey, Set<String> answers) {
    }
}
