package org.grouprise.server.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.WebRequest;

import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /stadt/api/content/markdown/} with {@code {"content": "...", "preset": "content"}}
 * answers {@code {"content": "<html>"}}: the editor's live preview, rendered exactly as saving
 * would. Logged-in people only; the CSRF token comes in the {@code X-CSRFToken} header.
 */
public final class MarkdownPreviewRoutes {
    private static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Map<String, MarkdownRenderer.Preset> PRESETS = Map.of(
        "content", MarkdownRenderer.Preset.CONTENT,
        "description", MarkdownRenderer.Preset.LINK_ONLY);

    private final MarkdownRenderer renderer;
    private final ObjectMapper json = new ObjectMapper();

    public MarkdownPreviewRoutes(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    public void register(Router router) {
        router.post("/stadt/api/content/markdown/", this::preview);
    }

    private Response preview(WebRequest request) {
        if (request.viewer().isEmpty()) {
            throw HttpError.forbidden("preview is for logged-in people");
        }
        JsonNode body = parse(request.bodyText(MAX_BODY_BYTES));
        MarkdownRenderer.Preset preset = PRESETS.get(body.path("preset").asText("content"));
        if (preset == null || !body.path("content").isTextual()) {
            return Response.json(Map.of("error", "expected {\"content\": text, \"preset\": \"content\" or "
                + "\"description\"}"), 400);
        }
        return Response.json(Map.of("content", renderer.render(body.get("content").asText(), preset).html()), 200);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw HttpError.badRequest("body is not JSON");
        }
    }
}
