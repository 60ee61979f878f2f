package org.grouprise.server.groups;

import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.Optional;

/** Finds the group of a settings page ({@code ?group=<slug>}), which any member may edit, as in grouprise. */
final class EditableGroups {
    private final GroupService groups;
    private final GroupRelations relations;

    EditableGroups(GroupService groups, GroupRelations relations) {
        this.groups = groups;
        this.relations = relations;
    }

    /** The group; anonymous visitors are sent to log in, non-members refused, unknown slugs are 404. */
    Group of(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = request.query("group").flatMap(groups::findBySlug)
            .orElseThrow(() -> HttpError.notFound("no such group"));
        if (!relations.of(group.id(), Optional.of(viewer.id())).member()) {
            throw HttpError.forbidden("not a member of " + group.slug());
        }
        return group;
    }
}
