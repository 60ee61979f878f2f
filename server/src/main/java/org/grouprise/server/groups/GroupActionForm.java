package org.grouprise.server.groups;

/**
 * One of the forms that mail a link to act on a group (join, resign, subscribe, unsubscribe), for
 * the shared templates {@code groups/action_*.ftlh}.
 *
 * @param action where the form posts
 * @param field the name of its e-mail field (grouprise's: {@code member} or {@code subscriber})
 * @param name the action's name in message keys: {@code action.<name>.title} and so on
 */
public record GroupActionForm(Group group, String action, String field, String name) {
}
