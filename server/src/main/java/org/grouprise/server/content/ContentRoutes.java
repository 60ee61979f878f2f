package org.grouprise.server.content;

import org.grouprise.server.config.Settings;
import org.grouprise.server.content.Visibility.Action;
import org.grouprise.server.content.Visibility.Reader;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.SharingMeta;
import org.grouprise.server.web.Teaser;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;
import org.jsoup.Jsoup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Articles and their comments at grouprise's URLs. Every handler reaches an item through
 * {@link #withItem}, which answers unknown and deleted items with 404, former slugs with 301, and
 * asks the visibility policy before the handler runs. Register before the entity route and after
 * the routes with fixed second segments ({@code /<slug>/imprint/}), which this one must not hide.
 */
public final class ContentRoutes {
    private final ContentService contents;
    private final Settings site;

    /** {@code site} makes absolute addresses and names the site for link previews. */
    public ContentRoutes(ContentService contents, Settings site) {
        this.contents = contents;
        this.site = site;
    }

    public void register(Router router) {
        router.get("/stadt/articles/", this::articles)
            .get("/stadt/articles/add/", this::siteAddForm)
            .post("/stadt/articles/add/", this::siteAdd)
            .get("/stadt/content/{pk}/", this::permalink)
            .get("/stadt/tags/{tag}/", this::tagged)
            .get("/{entity}/articles/add/", this::addForm)
            .post("/{entity}/articles/add/", this::add)
            .get("/{entity}/{content}/", request -> withItem(request, Action.VIEW, this::detail))
            .post("/{entity}/{content}/", request -> withItem(request, Action.COMMENT, this::comment))
            .get("/{entity}/{content}/edit/", request -> withItem(request, Action.EDIT, this::editForm))
            .post("/{entity}/{content}/edit/", request -> withItem(request, Action.EDIT, this::edit))
            .get("/{entity}/{content}/delete/", request -> withItem(request, Action.DELETE, this::deleteForm))
            .post("/{entity}/{content}/delete/", request -> withItem(request, Action.DELETE, this::delete))
            .get("/{entity}/{content}/versions/", request -> withItem(request, Action.VIEW, this::versions))
            .get("/{entity}/{content}/contributions/{id}/delete/",
                request -> withItem(request, Action.VIEW, this::contributionDeleteForm))
            .post("/{entity}/{content}/contributions/{id}/delete/",
                request -> withItem(request, Action.VIEW, this::deleteContribution));
    }

    // --- lists and permalinks -------------------------------------------------------------------

    private Response articles(WebRequest request) {
        Paged<Teaser> page = ContentService.teasers(contents.articles(reader(request), Paged.requestedPage(request)));
        return Response.page("content/list.ftlh", Map.of("page", page));
    }

    /** Content with a tag; tags are links in every rendered text, so the page answers even when nothing has it. */
    private Response tagged(WebRequest request) {
        String slug = request.pathParameter("tag");
        Paged<Teaser> page =
            ContentService.teasers(contents.tagged(slug, reader(request), Paged.requestedPage(request)));
        return Response.page("content/tag.ftlh", Map.of("page", page, "tag", contents.tagName(slug).orElse(slug)));
    }

    private Response permalink(WebRequest request) {
        ContentItem item = parseId(request.pathParameter("pk")).flatMap(contents::find)
            .orElseThrow(() -> HttpError.notFound("no content"));
        require(Action.VIEW, reader(request), item);
        return Response.redirect(item.path());
    }

    // --- creating -------------------------------------------------------------------------------

    private Response addForm(WebRequest request) {
        Owner owner = publishingOwner(request);
        return formPage(request, "/" + owner.slug() + "/articles/add/", Optional.of(owner), ArticleForm.blank(),
            new FormErrors(), 200);
    }

    private Response add(WebRequest request) {
        Owner owner = publishingOwner(request);
        return create(request, owner, "/" + owner.slug() + "/articles/add/");
    }

    private Response siteAddForm(WebRequest request) {
        request.requireViewer();
        return formPage(request, "/stadt/articles/add/", Optional.empty(), ArticleForm.blank(), new FormErrors(), 200);
    }

    /**
     * The site-wide form publishes in one of the viewer's groups ({@code group}) or as themselves
     * ({@code as_gestalt}).
     */
    private Response siteAdd(WebRequest request) {
        Viewer viewer = request.requireViewer();
        String groupSlug = request.form("group").strip();
        Owner owner;
        if (request.checkbox("as_gestalt")) {
            owner = contents.ownerOf(viewer.id());
        } else if (!groupSlug.isEmpty()) {
            owner = contents.owner(groupSlug).filter(Owner::isGroup)
                .filter(group -> contents.mayPublish(reader(request), group))
                .orElseThrow(() -> HttpError.forbidden("not a member of " + groupSlug));
        } else {
            return formPage(request, "/stadt/articles/add/", Optional.empty(), formOf(request, ""),
                new FormErrors().add("group", "content.ownerRequired"), 400);
        }
        return create(request, owner, "/stadt/articles/add/");
    }

    private Response create(WebRequest request, Owner owner, String action) {
        ArticleForm form = formOf(request, "");
        try {
            ContentItem item = contents.create(owner, request.requireViewer().id(), form);
            return Response.redirect(item.path());
        } catch (ContentException e) {
            return formPage(request, action, Optional.of(owner), form, new FormErrors().add(e.field(), e.messageKey()),
                400);
        }
    }

    /** The owner of {@code /<entity>/articles/add/}: members publish in their group, people on their profile. */
    private Owner publishingOwner(WebRequest request) {
        Owner owner = contents.owner(request.pathParameter("entity"))
            .orElseThrow(() -> HttpError.notFound("no entity"));
        request.requireViewer();
        if (!contents.mayPublish(reader(request), owner)) {
            throw HttpError.forbidden("may not publish with " + owner.slug());
        }
        return owner;
    }

    // --- one item -------------------------------------------------------------------------------

    private Response detail(WebRequest request, ContentItem item) {
        return detailPage(request, item, replyText(request, item), new FormErrors(), 200);
    }

    private Response comment(WebRequest request, ContentItem item) {
        Viewer viewer = request.requireViewer();
        String text = request.form("text");
        Optional<Long> inReplyTo = parseId(request.form("in_reply_to"));
        try {
            Contribution contribution = contents.comment(item, viewer.id(), text, inReplyTo);
            return Response.redirect(item.path() + "#" + contribution.anchor());
        } catch (ContentException e) {
            return detailPage(request, item, text, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response editForm(WebRequest request, ContentItem item) {
        return editPage(request, item, contents.formOf(item), new FormErrors(), 200);
    }

    private Response edit(WebRequest request, ContentItem item) {
        ArticleForm form = formOf(request, request.form("slug"));
        try {
            ContentItem saved = contents.update(item, request.requireViewer().id(), form);
            return Response.redirect(saved.path());
        } catch (ContentException e) {
            return editPage(request, item, form, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response deleteForm(WebRequest request, ContentItem item) {
        return Response.page("content/delete.ftlh", Map.of("item", item));
    }

    private Response delete(WebRequest request, ContentItem item) {
        contents.delete(item, request.requireViewer().id());
        request.flash("content.deleted", item.title());
        return Response.redirect(item.entityPath());
    }

    private Response versions(WebRequest request, ContentItem item) {
        return Response.page("content/versions.ftlh", Map.of("item", item, "versions", contents.history(item)));
    }

    private Response contributionDeleteForm(WebRequest request, ContentItem item) {
        Contribution contribution = ownContribution(request, item);
        return Response.page("content/contribution_delete.ftlh", Map.of("item", item, "contribution", contribution));
    }

    private Response deleteContribution(WebRequest request, ContentItem item) {
        contents.deleteContribution(ownContribution(request, item));
        request.flash("contribution.deleted");
        return Response.redirect(item.path());
    }

    private Contribution ownContribution(WebRequest request, ContentItem item) {
        Contribution contribution = parseId(request.pathParameter("id")).flatMap(id -> contents.contribution(item, id))
            .orElseThrow(() -> HttpError.notFound("no contribution"));
        request.requireViewer();
        if (!contents.mayDelete(contribution, reader(request))) {
            throw HttpError.forbidden("not the author of contribution " + contribution.id());
        }
        return contribution;
    }

    // --- finding the item and asking the policy -------------------------------------------------

    /**
     * Finds the item of {@code /<entity>/<content>/...}, redirects from a renamed group or a former
     * slug, and runs the handler only when the policy permits the action.
     */
    private Response withItem(WebRequest request, Action action, BiFunction<WebRequest, ContentItem, Response> then) {
        String entity = request.pathParameter("entity");
        String slug = request.pathParameter("content");
        String rest = request.path().substring(Math.min(request.path().length(),
            ("/" + entity + "/" + slug + "/").length()));
        Optional<Owner> owner = contents.owner(entity);
        if (owner.isEmpty()) {
            return contents.renamedOwner(entity)
                .map(now -> Response.permanentRedirect("/" + now + "/" + slug + "/" + rest))
                .orElseThrow(() -> HttpError.notFound("no entity " + entity));
        }
        Optional<ContentItem> item = contents.find(owner.get(), slug);
        if (item.isEmpty()) {
            return contents.findMoved(owner.get(), slug).map(moved -> Response.permanentRedirect(moved.path() + rest))
                .orElseThrow(() -> HttpError.notFound("no content " + slug));
        }
        require(action, reader(request), item.get());
        return then.apply(request, item.get());
    }

    /** Anonymous visitors are asked to log in; logged-in people without the right are refused. */
    private void require(Action action, Reader reader, ContentItem item) {
        if (contents.permits(action, reader, item)) {
            return;
        }
        if (reader.personId().isEmpty()) {
            throw HttpError.loginRequired();
        }
        throw HttpError.forbidden(action + " not permitted on " + item.path());
    }

    private static Reader reader(WebRequest request) {
        return request.viewer().map(viewer -> Reader.person(viewer.id(), viewer.staff())).orElse(Reader.anonymous());
    }

    // --- pages ----------------------------------------------------------------------------------

    private Response detailPage(WebRequest request, ContentItem item, String commentText, FormErrors errors,
            int status) {
        Reader reader = reader(request);
        ContentService.Rights rights = contents.rights(reader, item);
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        model.put("tags", contents.tagsOf(item));
        model.put("contributions", contents.contributions(item, reader, rights.edit()));
        model.put("mayComment", rights.comment());
        model.put("mayEdit", rights.edit());
        model.put("mayDelete", rights.delete());
        model.put("viewerId", reader.personId().orElse(-1L));
        model.put("commentText", commentText);
        model.put("replyTo", request.query("reply_to").orElse(""));
        model.put("errors", errors.translated(request.messages()));
        if (item.isPublic()) {
            // Internal items get no preview: a link shared outside would show nothing anyway.
            model.put("sharing", new SharingMeta(item.title(), SharingMeta.summary(Jsoup.parse(item.html()).text()),
                site.absoluteUrl(item.path()), "article", site.domain()));
        }
        return Response.page("content/detail.ftlh", model, status);
    }

    /** "Reply" quotes the comment into the form (without JavaScript: the link reloads the page). */
    private String replyText(WebRequest request, ContentItem item) {
        return request.query("reply_to").flatMap(ContentRoutes::parseId).flatMap(id -> contents.contribution(item, id))
            .map(quoted -> "> " + String.join("\n> ", quoted.text().split("\n", -1)) + "\n\n").orElse("");
    }

    private Response formPage(WebRequest request, String action, Optional<Owner> owner, ArticleForm form,
            FormErrors errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("form", form);
        model.put("errors", errors.translated(request.messages()));
        model.put("editing", false);
        owner.ifPresent(value -> model.put("owner", value));
        model.put("groups", owner.isPresent() ? List.of() : contents.groupsOf(request.requireViewer().id()));
        model.put("showPinned", owner.map(Owner::isGroup).orElse(true));
        return Response.page("content/form.ftlh", model, status);
    }

    private Response editPage(WebRequest request, ContentItem item, ArticleForm form, FormErrors errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", item.path() + "edit/");
        model.put("form", form);
        model.put("errors", errors.translated(request.messages()));
        model.put("editing", true);
        model.put("item", item);
        model.put("groups", List.of());
        model.put("showPinned", item.inGroup());
        return Response.page("content/form.ftlh", model, status);
    }

    private static ArticleForm formOf(WebRequest request, String slug) {
        return new ArticleForm(request.form("title"), request.form("text"), request.checkbox("public"),
            request.checkbox("pinned"), slug);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
