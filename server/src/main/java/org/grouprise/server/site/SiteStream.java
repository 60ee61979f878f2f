package org.grouprise.server.site;

import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Teaser;
import org.grouprise.server.web.Viewer;

import java.util.Optional;

/** The start page's stream, answered by the content feature through the composition root. */
@FunctionalInterface
public interface SiteStream {

    /** One page of everything the viewer may see, newest first. */
    Paged<Teaser> page(Optional<Viewer> viewer, int page);
}
