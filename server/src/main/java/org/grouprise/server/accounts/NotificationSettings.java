package org.grouprise.server.accounts;

/** Which channels a person receives notifications on (grouprise's three switches). */
public record NotificationSettings(boolean inbox, boolean email, boolean matrix) {
}
