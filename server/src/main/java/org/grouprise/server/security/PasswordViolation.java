package org.grouprise.server.security;

/** Why {@link PasswordPolicy} refuses a password; the web layer turns each into a translated message. */
public enum PasswordViolation {
    /** Fewer than {@value PasswordPolicy#MINIMUM_LENGTH} characters. */
    TOO_SHORT,
    /** Digits only, which a guesser tries first. */
    ENTIRELY_NUMERIC,
    /** One of the 10,000 most common passwords, ignoring case. */
    TOO_COMMON,
    /** Close to the username, the e-mail address or another personal value. */
    TOO_SIMILAR_TO_PERSONAL_DATA
}
