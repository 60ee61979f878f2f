package org.grouprise.server.media;

import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.WebRequest;

/**
 * Serves image renditions at {@code /stadt/media/<key>/<rendition>.<ext>}. Keys are random and never
 * reused, so browsers and proxies may keep a rendition for a year. Images of people and groups are
 * public; permission-checked downloads come with the files feature.
 */
public final class MediaRoutes {
    static final String PREFIX = "/stadt/media/";
    private static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final ImageStore images;

    public MediaRoutes(ImageStore images) {
        this.images = images;
    }

    public void register(Router router) {
        router.get(PREFIX + "{key}/{file}", this::rendition);
    }

    private Response rendition(WebRequest request) {
        String key = request.pathParameter("key");
        Rendition rendition = Rendition.byFileName(request.pathParameter("file"))
            .orElseThrow(() -> HttpError.notFound("no such rendition"));
        return images.rendition(key, rendition)
            .map(file -> Response.file(file, rendition.contentType(), CACHE_FOR_A_YEAR))
            .orElseThrow(() -> HttpError.notFound("no such image"));
    }
}
