package org.grouprise.server.groups;

import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Group pages, founding, settings and the directory, at grouprise's URLs. */
public final class GroupRoutes {
    /** grouprise's name of the stream's title filter. */
    private static final String TITLE_FILTER = "content__title__icontains";
    private final GroupService groups;
    private final GroupRelations relations;
    private final GroupImages images;
    private final String domain;
    private final boolean mailinglistEnabled;
    private final EditableGroups editable;
    private final GroupStream stream;

    public GroupRoutes(GroupService groups, GroupRelations relations, GroupImages images, String domain,
            boolean mailinglistEnabled, GroupStream stream) {
        this.groups = groups;
        this.relations = relations;
        this.images = images;
        this.domain = domain;
        this.mailinglistEnabled = mailinglistEnabled;
        this.editable = new EditableGroups(groups, relations);
        this.stream = stream;
    }

    /** Registers the site routes; group pages are reached through the entity route ({@link #groupPage}). */
    public void register(Router router) {
        router.get("/stadt/groups", this::directory)
            .get("/stadt/groups/", this::directory)
            .get("/stadt/groups/add", this::foundForm)
            .get("/stadt/groups/add/", this::foundForm)
            .post("/stadt/groups/add", this::found)
            .post("/stadt/groups/add/", this::found)
            .get("/stadt/settings/group", this::settingsForm)
            .get("/stadt/settings/group/", this::settingsForm)
            .post("/stadt/settings/group", this::saveSettings)
            .post("/stadt/settings/group/", this::saveSettings);
    }

    /** The page of {@code /<slug>/}; a former slug answers with a permanent redirect. */
    public Optional<Response> groupPage(String slug, WebRequest request) {
        Optional<Group> group = groups.findBySlug(slug);
        if (group.isEmpty()) {
            return groups.findRenamed(slug).map(renamed -> Response.permanentRedirect(renamed.path()));
        }
        if (!group.get().slug().equals(slug)) {
            return Optional.of(Response.permanentRedirect(group.get().path()));
        }
        GroupRelations.Relation relation = relations.of(group.get().id(), request.viewer().map(Viewer::id));
        Map<String, Object> model = new HashMap<>();
        model.put("group", group.get());
        model.put("relation", relation);
        model.put("images", images.urls(group.get()));
        model.put("groupFeed", "/stadt/groups/" + group.get().id() + "/feed/");
        String titleFilter = request.query(TITLE_FILTER).orElse("");
        model.put("titleFilter", titleFilter);
        model.put("stream", stream.page(group.get().id(), request.viewer(), titleFilter, Paged.requestedPage(request)));
        if (mailinglistEnabled && relation.member()) {
            model.put("mailAddress", group.get().slug() + "@" + domain);
        }
        return Optional.of(Response.page("groups/page.ftlh", model));
    }

    private Response directory(WebRequest request) {
        String name = request.query("name").orElse("");
        boolean onlyMine = request.query("only_with_membership").map("true"::equals).orElse(false);
        Optional<Long> member = onlyMine ? Optional.of(request.requireViewer().id()) : Optional.empty();
        Paged<Group> page = groups.directory(name, member, Paged.requestedPage(request));
        return Response.page("groups/directory.ftlh", Map.of("page", page, "name", name, "onlyMine", onlyMine));
    }

    private Response foundForm(WebRequest request) {
        request.requireViewer();
        return Response.page("groups/found.ftlh", Map.of("name", "", "errors", Map.of()));
    }

    /** Founding needs an account: grouprise's anonymous founding only invites spam. */
    private Response found(WebRequest request) {
        Viewer viewer = request.requireViewer();
        String name = request.form("name");
        try {
            Group group = groups.found(name, viewer.id());
            request.flash("group.foundedMessage", group.name());
            return Response.redirect(group.path());
        } catch (GroupException e) {
            FormErrors errors = new FormErrors().add(e.field(), e.messageKey());
            return Response.page("groups/found.ftlh",
                Map.of("name", name, "errors", errors.translated(request.messages())), 400);
        }
    }

    private Response settingsForm(WebRequest request) {
        Group group = editable.of(request);
        return settingsPage(request, group, groups.settingsOf(group), new FormErrors(), 200);
    }

    private Response saveSettings(WebRequest request) {
        Group group = editable.of(request);
        GroupSettings settings = new GroupSettings(request.form("name"), request.form("slug"),
            request.form("description"), request.form("address"), request.form("date_founded"), request.form("url"),
            request.checkbox("closed"), request.form("tags"));
        try {
            Group saved = groups.update(group.id(), settings);
            request.flash("settings.saved");
            return Response.redirect(saved.path());
        } catch (GroupException e) {
            return settingsPage(request, group, settings, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response settingsPage(WebRequest request, Group group, GroupSettings form, FormErrors errors, int status) {
        return Response.page("groups/settings.ftlh",
            Map.of("group", group, "form", form, "errors", errors.translated(request.messages())), status);
    }
}
