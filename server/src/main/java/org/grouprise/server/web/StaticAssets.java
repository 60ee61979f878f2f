package org.grouprise.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet, icons and scripts under {@code static/} on the class path, served with a content
 * hash in their names ({@code style.3f2a91c0.css}) so browsers may cache them for a year and still
 * see a new version at once.
 */
public final class StaticAssets {
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();
    private final Map<String, String> urlByName = new LinkedHashMap<>();

    /** The stylesheet, icon and scripts that the templates ask for. */
    public static StaticAssets bundled() {
        return new StaticAssets(List.of("style.css", "favicon.svg", "preview.js"));
    }

    /** Loads the named files; the list is explicit because the class path is never scanned. */
    public StaticAssets(List<String> names) {
        for (String name : names) {
            byte[] content = read(name);
            String hashed = hashedName(name, content);
            byHashedName.put(hashed, new Asset(name, content, contentType(name)));
            urlByName.put(name, "/static/" + hashed);
        }
    }

    String url(String name) {
        String url = urlByName.get(name);
        if (url == null) {
            throw new IllegalArgumentException("No static asset '" + name + "'; list it in the composition root");
        }
        return url;
    }

    Optional<Asset> find(String hashedName) {
        return Optional.ofNullable(byHashedName.get(hashedName));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("Static asset /static/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read static asset " + name, e);
        }
    }

    private static String hashedName(String name, byte[] content) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 4);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    record Asset(String name, byte[] content, String contentType) {
    }
}
