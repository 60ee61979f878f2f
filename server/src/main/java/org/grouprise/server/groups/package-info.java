/**
 * Groups: their pages at {@code /<slug>/}, creation, settings, slugs and former slugs, tags, the
 * directory and activity scores. Memberships and subscriptions are features of their own.
 */
package org.grouprise.server.groups;
