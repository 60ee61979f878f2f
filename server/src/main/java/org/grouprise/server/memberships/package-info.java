/**
 * Memberships: who belongs to which group, joining, resigning, adding members (with the membership
 * mail to every member), joining and resigning by mailed single-use links, the member list and
 * recommending a group by mail.
 */
package org.grouprise.server.memberships;
