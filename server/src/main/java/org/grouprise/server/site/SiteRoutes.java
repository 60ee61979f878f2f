package org.grouprise.server.site;

import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;

import java.util.Map;

/** The start page; the content stream joins it with the content issue. */
public final class SiteRoutes {

    public void register(Router router) {
        router.get("/", request -> Response.page("site/index.ftlh", Map.of()));
    }
}
