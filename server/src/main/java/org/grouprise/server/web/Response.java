package org.grouprise.server.web;

import java.nio.file.Path;
import java.util.Map;

/** What a route handler answers: a page, a redirect, a JSON body or a file. The web layer renders it. */
public sealed interface Response {

    /** A Freemarker page; {@code template} is a path below {@code templates/}. */
    record Page(String template, Map<String, Object> model, int status) implements Response {
    }

    /** A redirect, 302 unless told otherwise. */
    record Redirect(String location, int status) implements Response {
    }

    /** A JSON body serialised with Jackson. */
    record Json(Object body, int status) implements Response {
    }

    /** A file streamed from disk, with its content type and {@code Cache-Control} value. */
    /** A text body of another kind than a page, such as a feed. */
    record Text(String body, String contentType, int status) implements Response {
    }

    record File(Path path, String contentType, String cacheControl) implements Response {
    }

    static Response page(String template, Map<String, Object> model) {
        return new Page(template, model, 200);
    }

    static Response page(String template, Map<String, Object> model, int status) {
        return new Page(template, model, status);
    }

    static Response redirect(String location) {
        return new Redirect(location, 302);
    }

    static Response permanentRedirect(String location) {
        return new Redirect(location, 301);
    }

    static Response json(Object body, int status) {
        return new Json(body, status);
    }

    static Response text(String body, String contentType) {
        return new Text(body, contentType, 200);
    }

    static Response file(Path path, String contentType, String cacheControl) {
        return new File(path, contentType, cacheControl);
    }
}
