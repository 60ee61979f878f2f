package org.grouprise.server.web;

import java.util.Optional;

/** Finds the person behind a session; the accounts feature provides it, so the web layer knows no feature. */
@FunctionalInterface
public interface ViewerLookup {
    Optional<Viewer> find(long personId);
}
