package org.grouprise.server.accounts;

/** A person as pages and other features see them (grouprise's "Gestalt"); the username is the slug. */
public record Person(long id, String username, String firstName, String lastName, String about, boolean isPublic,
        boolean staff) {

    /** The name to show: first and last name, or the username when both are empty. */
    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? username : name;
    }
}
