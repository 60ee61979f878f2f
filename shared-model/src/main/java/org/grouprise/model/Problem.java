package org.grouprise.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin API error body as RFC 9457 {@code application/problem+json}, with the invalid request fields (name to
 * message) in the extension member {@code errors}.
 */
public record Problem(
        String type,
        String title,
        int status,
        Optional<String> detail,
        @JsonProperty("errors") Map<String, String> fieldErrors) {

    /** The RFC's type for problems that need no more than their status and title. */
    public static final String ABOUT_BLANK = "about:blank";

    public Problem {
        type = Objects.requireNonNullElse(type, ABOUT_BLANK);
        title = Objects.requireNonNullElse(title, "");
        detail = Objects.requireNonNullElse(detail, Optional.empty());
        fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    /** A problem described by its status and a short title. */
    public static Problem of(int status, String title) {
        return new Problem(ABOUT_BLANK, title, status, Optional.empty(), Map.of());
    }

    /** This problem with a detail for this occurrence. */
    public Problem withDetail(String text) {
        return new Problem(type, title, status, Optional.of(text), fieldErrors);
    }

    /** This problem with one more invalid field. */
    public Problem withFieldError(String field, String message) {
        Map<String, String> errors = new LinkedHashMap<>(fieldErrors);
        errors.put(field, message);
        return new Problem(type, title, status, detail, errors);
    }
}
