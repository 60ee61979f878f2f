package org.grouprise.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A syntactically plausible e-mail address, normalised as grouprise does: surrounding blanks removed and the domain
 * in lower case. The local part keeps its case, because mail servers may tell it apart.
 */
public record EmailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern DOMAIN = Pattern.compile(
        "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    public EmailAddress {
        if (value == null || !value.equals(normalise(value)) || !isValid(value)) {
            throw invalid(value);
        }
    }

    /** The address for user input such as {@code " Anna@Example.ORG "}; the message quotes input that is not one. */
    @JsonCreator
    public static EmailAddress of(String text) {
        if (text == null || !isValid(normalise(text))) {
            throw invalid(text);
        }
        return new EmailAddress(normalise(text));
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    private static IllegalArgumentException invalid(String text) {
        String shown = text == null ? "null" : "'" + text + "'";
        return new IllegalArgumentException("not an e-mail address: " + shown + "; expected name@example.org");
    }

    private static String normalise(String text) {
        String trimmed = text.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed;
        }
        return trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String address) {
        int at = address.lastIndexOf('@');
        if (at < 1 || address.length() > MAX_LENGTH) {
            return false;
        }
        String local = address.substring(0, at);
        return local.length() <= MAX_LOCAL_LENGTH && LOCAL_PART.matcher(local).matches()
            && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
            && DOMAIN.matcher(address.substring(at + 1)).matches();
    }
}
