package org.grouprise.server.groups;

import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Teaser;
import org.grouprise.server.web.Viewer;

import java.util.Optional;

/**
 * The group page's stream, answered by the content feature through the composition root, so
 * that groups know nothing of content (docs/decisions/0005).
 */
@FunctionalInterface
public interface GroupStream {

    /**
     * One page of what the viewer may see in the group: pinned items first, then the newest; an
     * empty {@code titleFilter} keeps everything.
     */
    Paged<Teaser> page(long groupId, Optional<Viewer> viewer, String titleFilter, int page);
}
