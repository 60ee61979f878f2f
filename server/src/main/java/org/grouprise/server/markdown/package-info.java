/**
 * Turns user markdown into sanitised HTML (or plain text for mails) once, when the text is saved:
 * commonmark-java with autolinks, tables, strikethrough and line breaks, tags ({@code #tag}),
 * mentions ({@code @slug}) resolved through a {@link org.grouprise.server.markdown.MentionResolver},
 * a table of contents, and an allow-list sanitiser that every HTML result passes; knows no feature.
 */
package org.grouprise.server.markdown;
