package org.grouprise.server.site;

import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.WebRequest;

import java.util.Map;

/** The start page and the site's own pages: imprint, privacy, help. */
public final class SiteRoutes {
    private static final int GROUPS_ON_START_PAGE = 12;

    private final SiteService site;
    private final GroupService groups;
    private final SiteStream stream;

    public SiteRoutes(SiteService site, GroupService groups, SiteStream stream) {
        this.site = site;
        this.groups = groups;
        this.stream = stream;
    }

    public void register(Router router) {
        router.get("/", this::index)
            .get("/stadt/imprint/", this::imprintRedirect)
            .get("/{slug}/imprint/", this::imprint)
            .get("/stadt/privacy/", request -> Response.page("site/privacy.ftlh", Map.of()))
            .get("/stadt/help/", this::help);
    }

    /** The most active groups and the site's numbers; the content stream joins with the content issue. */
    private Response index(WebRequest request) {
        return Response.page("site/index.ftlh", Map.of("groups", groups.top(GROUPS_ON_START_PAGE),
            "counts", site.counts(), "stream", stream.page(request.viewer(), Paged.requestedPage(request))));
    }

    private Response imprintRedirect(WebRequest request) {
        Group operator = site.operatorGroup().orElseThrow(() -> HttpError.notFound("no operator group"));
        return Response.redirect(operator.path() + "imprint/");
    }

    /** The imprint lives at the operator group's address, {@code /<operator-group>/imprint/}, as in grouprise. */
    private Response imprint(WebRequest request) {
        Group operator = site.operatorGroup()
            .filter(group -> group.slug().equalsIgnoreCase(request.pathParameter("slug")))
            .orElseThrow(() -> HttpError.notFound("not the operator group"));
        return Response.page("site/imprint.ftlh", Map.of("operator", operator));
    }

    private Response help(WebRequest request) {
        return Response.page("site/help.ftlh", site.operatorGroup()
            .<Map<String, Object>>map(operator -> Map.of("operator", operator)).orElse(Map.of()));
    }
}
