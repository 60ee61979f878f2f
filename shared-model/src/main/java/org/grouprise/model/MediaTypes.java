package org.grouprise.model;

/** The content types the admin API speaks. */
public final class MediaTypes {
    public static final String JSON = "application/json";
    /** RFC 9457 error bodies, see {@link Problem}. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private MediaTypes() {
    }
}
