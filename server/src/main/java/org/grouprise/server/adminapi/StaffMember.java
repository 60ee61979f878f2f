package org.grouprise.server.adminapi;

/** The staff member a valid bearer token belongs to: who is acting, for the audit log. */
record StaffMember(long personId, String username) {
}
