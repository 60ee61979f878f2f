package org.grouprise.server.web;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent in a {@code multipart/form-data} form. The name and the content type are what the
 * browser declared: shown to people at most, never trusted. The content lives in a temporary file
 * that the web layer deletes when the request ends.
 */
public record Upload(String fileName, String declaredContentType, long size, Content content) {

    /** Opens the uploaded bytes; each call reads them from the start. */
    public InputStream open() throws IOException {
        return content.open();
    }

    /** Where an upload's bytes are read from. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
