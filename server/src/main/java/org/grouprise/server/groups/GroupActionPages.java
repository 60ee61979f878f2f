package org.grouprise.server.groups;

import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.WebRequest;

import java.util.Map;
import java.util.Optional;

/** The group a route names, and the pages of mailed confirmation links, for memberships and subscriptions. */
public final class GroupActionPages {
    private final GroupService groups;

    public GroupActionPages(GroupService groups) {
        this.groups = groups;
    }

    /** The group of {@code /<slug>/...}; a former slug still names the renamed group. */
    public Group bySlug(WebRequest request) {
        String slug = request.pathParameter("slug");
        return groups.findBySlug(slug).or(() -> groups.findRenamed(slug))
            .orElseThrow(() -> HttpError.notFound("no such group"));
    }

    /** The group of {@code /stadt/groups/<pk>/...}. */
    public Group byId(WebRequest request) {
        try {
            long id = Long.parseLong(request.pathParameter("pk"));
            return groups.find(id).orElseThrow(() -> HttpError.notFound("no such group"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("no such group");
        }
    }

    /** A mailed link's page: a question and a button; only the button (a POST) acts, since mail scanners open links. */
    public static Response confirmPage(WebRequest request, Optional<Group> group, String action) {
        if (group.isEmpty()) {
            return invalidLink();
        }
        return Response.page("groups/action_confirm.ftlh", Map.of("group", group.get(),
            "question", "action.confirm." + action + ".question", "submit", "action.confirm." + action + ".submit",
            "action", request.path()));
    }

    /** A used, expired or unknown link. */
    public static Response invalidLink() {
        return Response.page("groups/action_confirm.ftlh", Map.of(), 404);
    }
}
