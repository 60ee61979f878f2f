package org.grouprise.installer;

/** The setup ended before all questions were answered, or the admin chose not to replace an existing file. */
final class SetupAbortedException extends RuntimeException {
    SetupAbortedException(String message) {
        super(message);
    }
}
