package org.grouprise.server.content;

/** How people are named on content pages, as {@code Person.displayName} does it for one person. */
final class Names {

    private Names() {
    }

    static String display(String username, String firstName, String lastName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
