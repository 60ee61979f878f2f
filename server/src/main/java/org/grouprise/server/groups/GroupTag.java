package org.grouprise.server.groups;

/** One tag of one group. */
record GroupTag(long groupId, String tag) {
}
