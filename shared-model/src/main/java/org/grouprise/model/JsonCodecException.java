package org.grouprise.model;

/** JSON that does not fit the admin API contract, or a value that cannot be written as JSON. */
public final class JsonCodecException extends RuntimeException {
    JsonCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
