package org.grouprise.server.web;

import java.util.List;
import java.util.Optional;

/**
 * {@code /<slug>/}: groups and people share one namespace, so one route asks each feature in turn
 * for the page of the slug. Register it after every other route, since it matches any first segment.
 */
public final class EntityRoute {
    private final List<EntityPage> pages;

    public EntityRoute(List<EntityPage> pages) {
        this.pages = List.copyOf(pages);
    }

    public void register(Router router) {
        router.get("/{slug}/", this::page);
    }

    private Response page(WebRequest request) {
        String slug = request.pathParameter("slug");
        for (EntityPage page : pages) {
            Optional<Response> response = page.page(slug, request);
            if (response.isPresent()) {
                return response.get();
            }
        }
        throw HttpError.notFound("no entity " + slug);
    }

    /** A feature's page for a slug, or empty when the slug is not one of its entities. */
    @FunctionalInterface
    public interface EntityPage {
        Optional<Response> page(String slug, WebRequest request);
    }
}
