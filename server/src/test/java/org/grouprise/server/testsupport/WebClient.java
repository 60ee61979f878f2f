package org.grouprise.server.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A browser in small: keeps cookies, does not follow redirects (tests assert them), and submits a
 * page's forms with the hidden fields (CSRF token) they carry.
 */
public final class WebClient {
    private final Supplier<String> baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String acceptLanguage = "de";

    public WebClient(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebClient acceptLanguage(String value) {
        acceptLanguage = value;
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** GETs the page and follows redirects on this site, as a browser would. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.isRedirect() && hops < 5; hops++) {
            page = get(page.location());
        }
        return page;
    }

    public Page post(String path, Map<String, String> fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** POSTs a JSON body with the CSRF token in the {@code X-CSRFToken} header, as the editor's script does. */
    public Page postJson(String path, String json, String csrfToken) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRFToken", csrfToken)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * Submits the form of the page that posts to {@code action}, with its hidden fields and the given
     * ones; {@code button} adds a submit button's name when the form has several.
     */
    public Page submit(Page page, String action, Map<String, String> fields) {
        Element form = page.document().select("form[action=\"" + action + "\"]").stream()
            .findFirst().orElseThrow(() -> new AssertionError("No form posting to " + action + " on " + page.path()));
        Map<String, String> all = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> all.put(input.attr("name"), input.attr("value")));
        all.putAll(fields);
        return post(action, all);
    }

    /**
     * Submits the multipart form of the page that posts to {@code action}, with its hidden fields, the
     * given fields and files, as a browser does for {@code enctype="multipart/form-data"}. The first
     * such form whose file input is named by {@code files} is taken.
     */
    public Page submitMultipart(Page page, String action, Map<String, String> fields, Map<String, FilePart> files) {
        Element form = page.document().select("form[action=\"" + action + "\"][enctype=multipart/form-data]").stream()
            .filter(candidate -> files.keySet().stream()
                .allMatch(name -> candidate.selectFirst("input[type=file][name=" + name + "]") != null))
            .findFirst().orElseThrow(() -> new AssertionError("No multipart form posting to " + action + " with "
                + files.keySet() + " on " + page.path()));
        Map<String, String> all = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> all.put(input.attr("name"), input.attr("value")));
        all.putAll(fields);
        return postMultipart(action, all, files);
    }

    /** POSTs a {@code multipart/form-data} body with the fields and files, and nothing else. */
    public Page postMultipart(String path, Map<String, String> fields, Map<String, FilePart> files) {
        String boundary = "----grouprise-test-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
            + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** GETs a file such as an image, keeping its bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the page and submits its form to the same path. */
    public Page fillIn(String path, Map<String, String> fields) {
        return submit(get(path), path, fields);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
            .map(java.net.HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        URI uri = URI.create(path.startsWith("http") ? path : baseUrl.get() + path);
        return HttpRequest.newBuilder(uri).header("Accept-Language", acceptLanguage);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(request.uri().getPath(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
            .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    /** A file in a multipart form: the name and type a browser would declare, and the bytes. */
    public record FilePart(String fileName, String contentType, byte[] content) {
    }

    /** An answer of the server, with its HTML parsed. */
    public record Page(String path, HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public boolean isRedirect() {
            return status() == 301 || status() == 302 || status() == 303;
        }

        public String location() {
            return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location header on " + path));
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public Document document() {
            return Jsoup.parse(body());
        }

        /** The visible text of the page's main area. */
        public String mainText() {
            Element main = document().selectFirst("main");
            return main == null ? document().text() : main.text();
        }
    }
}
