package org.grouprise.server.web;

import java.util.Optional;

/**
 * The logged-in person as the web layer sees them: enough for the menu, the language and access
 * checks; features load more through their own services.
 */
public record Viewer(long id, String username, String displayName, boolean staff, Optional<String> language) {
}
