package org.grouprise.server.accounts;

import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Teaser;
import org.grouprise.server.web.Viewer;

import java.util.Optional;

/** The profile page's stream, answered by the content feature through the composition root. */
@FunctionalInterface
public interface ProfileStream {

    /** One page of what the viewer may see on the person's profile, newest first. */
    Paged<Teaser> page(long personId, Optional<Viewer> viewer, int page);
}
