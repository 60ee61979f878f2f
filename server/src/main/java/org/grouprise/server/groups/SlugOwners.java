package org.grouprise.server.groups;

/**
 * Tells whether a slug key (lower case) is taken by something other than a group, such as a
 * username; groups and people share the {@code /<slug>/} namespace.
 */
@FunctionalInterface
public interface SlugOwners {
    boolean isTaken(String slugKey);
}
