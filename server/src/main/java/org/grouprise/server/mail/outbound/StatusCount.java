package org.grouprise.server.mail.outbound;

/** How many outbox rows have one status. */
record StatusCount(String status, long count) {
}
