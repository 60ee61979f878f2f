/** Memberships: who belongs to which group, joining, resigning, adding members and the member list. */
package org.grouprise.server.memberships;
