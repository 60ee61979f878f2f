/**
 * Content: articles (and later events, galleries, files and polls), the associations that place an
 * item in a group or on a profile with its slug, {@code public} and {@code pinned} flags, every
 * saved version, tags, comments ("contributions"), streams, and the one visibility policy
 * ({@link org.grouprise.server.content.Visibility}) that every page and list goes through.
 */
package org.grouprise.server.content;
