package org.grouprise.server.memberships;

import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupActionForm;
import org.grouprise.server.groups.GroupActionPages;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.QuestionCaptcha;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Joining, resigning, the member list, adding members and recommending a group, at grouprise's URLs. */
public final class MembershipRoutes {
    private final GroupActionPages pages;
    private final MembershipService memberships;
    private final MembershipActions actions;
    private final GroupRecommendations recommendations;
    private final QuestionCaptcha captcha;

    public MembershipRoutes(GroupService groups, MembershipService memberships, MembershipActions actions,
            GroupRecommendations recommendations, QuestionCaptcha captcha) {
        this.pages = new GroupActionPages(groups);
        this.memberships = memberships;
        this.actions = actions;
        this.recommendations = recommendations;
        this.captcha = captcha;
    }

    public void register(Router router) {
        router.get("/{slug}/actions/join", this::joinForm)
            .post("/{slug}/actions/join", this::join)
            .get("/stadt/groups/{pk}/resign/", this::resignForm)
            .post("/stadt/groups/{pk}/resign/", this::resign)
            .get("/stadt/groups/{pk}/members/", this::members)
            .get("/stadt/groups/{pk}/members/add/", this::addForm)
            .post("/stadt/groups/{pk}/members/add/", this::add)
            .get("/{slug}/join/request/", this::joinRequestForm)
            .post("/{slug}/join/request/", this::requestJoin)
            .get("/stadt/groups/join/confirm/{token}/", this::joinConfirmForm)
            .post("/stadt/groups/join/confirm/{token}/", this::confirmJoin)
            .get("/stadt/groups/{pk}/resign/request/", this::resignRequestForm)
            .post("/stadt/groups/{pk}/resign/request/", this::requestResign)
            .get("/stadt/groups/resign/confirm/{token}/", this::resignConfirmForm)
            .post("/stadt/groups/resign/confirm/{token}/", this::confirmResign)
            .get("/{slug}/actions/recommend", this::recommendForm)
            .post("/{slug}/actions/recommend", this::recommend);
    }

    // --- join and resign, logged in -----------------------------------------------------------

    private Response joinForm(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = joinableGroup(request);
        if (memberships.isMember(group.id(), viewer.id())) {
            request.flash("membership.alreadyMember");
            return Response.redirect(group.path());
        }
        return Response.page("memberships/join.ftlh", Map.of("group", group));
    }

    private Response join(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = joinableGroup(request);
        boolean joined = memberships.join(group.id(), viewer.id());
        request.flash(joined ? "membership.joined" : "membership.alreadyMember");
        return Response.redirect(group.path());
    }

    private Response resignForm(WebRequest request) {
        Group group = ownGroup(request, request.requireViewer());
        return Response.page("memberships/resign.ftlh", Map.of("group", group));
    }

    private Response resign(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = ownGroup(request, viewer);
        memberships.resign(group.id(), viewer.id());
        request.flash("membership.resigned", group.name());
        return Response.redirect(group.path());
    }

    // --- the member list and adding members -------------------------------------------------

    private Response members(WebRequest request) {
        Group group = ownGroup(request, request.requireViewer());
        Paged<Member> page = memberships.members(group.id(), Paged.requestedPage(request));
        return Response.page("memberships/members.ftlh", Map.of("group", group, "page", page));
    }

    private Response addForm(WebRequest request) {
        Group group = closedOwnGroup(request, request.requireViewer());
        return addPage(request, group, "", new FormErrors(), 200);
    }

    private Response add(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = closedOwnGroup(request, viewer);
        String email = request.form("member_email").strip();
        try {
            boolean added = actions.addByEmail(group, email, viewer.id(), request.locale());
            request.flash(added ? "membership.added" : "membership.alreadyMemberOther", email);
            return Response.redirect(membersPath(group));
        } catch (MembershipException e) {
            return addPage(request, group, email, new FormErrors().add("member_email", e.messageKey()), 400);
        }
    }

    private Response addPage(WebRequest request, Group group, String email, FormErrors errors, int status) {
        return Response.page("memberships/add.ftlh",
            Map.of("group", group, "email", email, "errors", errors.translated(request.messages())), status);
    }

    // --- join and resign by mailed link -----------------------------------------------------

    private Response joinRequestForm(WebRequest request) {
        Group group = joinableGroup(request);
        return requestPage(request, joinForm(group), "", new FormErrors(), 200);
    }

    private Response requestJoin(WebRequest request) {
        Group group = joinableGroup(request);
        return handleRequest(request, joinForm(group), email -> actions.requestJoin(group, email,
            request.locale()));
    }

    private Response joinConfirmForm(WebRequest request) {
        return GroupActionPages.confirmPage(request, actions.pendingJoin(request.pathParameter("token")), "join");
    }

    private Response confirmJoin(WebRequest request) {
        Optional<Group> group = actions.confirmJoin(request.pathParameter("token"));
        if (group.isEmpty()) {
            return GroupActionPages.invalidLink();
        }
        request.flash("membership.joined");
        return Response.redirect(group.get().path());
    }

    private Response resignRequestForm(WebRequest request) {
        return requestPage(request, resignForm(pages.byId(request)), "", new FormErrors(), 200);
    }

    private Response requestResign(WebRequest request) {
        Group group = pages.byId(request);
        return handleRequest(request, resignForm(group), email -> actions.requestResign(group, email,
            request.locale()));
    }

    private Response resignConfirmForm(WebRequest request) {
        return GroupActionPages.confirmPage(request, actions.pendingResign(request.pathParameter("token")), "resign");
    }

    private Response confirmResign(WebRequest request) {
        Optional<Group> group = actions.confirmResign(request.pathParameter("token"));
        if (group.isEmpty()) {
            return GroupActionPages.invalidLink();
        }
        request.flash("membership.resigned", group.get().name());
        return Response.redirect(group.get().path());
    }

    private Response handleRequest(WebRequest request, GroupActionForm form, Consumer<String> send) {
        String email = request.form(form.field()).strip();
        if (!captcha.accepts(request)) {
            return requestPage(request, form, email, new FormErrors().add(QuestionCaptcha.ANSWER_FIELD,
                "captcha.invalid"), 400);
        }
        try {
            send.accept(email);
        } catch (MembershipException e) {
            return requestPage(request, form, email, new FormErrors().add(form.field(), e.messageKey()), 400);
        }
        return Response.page("groups/action_sent.ftlh", Map.of("group", form.group(), "email", email));
    }

    private Response requestPage(WebRequest request, GroupActionForm form, String email, FormErrors errors,
            int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("group", form.group());
        model.put("form", form);
        model.put("value", email);
        model.put("errors", errors.translated(request.messages()));
        if (captcha.enabled()) {
            model.put("captcha", captcha.challenge());
        }
        return Response.page("groups/action_request.ftlh", model, status);
    }

    // --- recommend ---------------------------------------------------------------------------

    private Response recommendForm(WebRequest request) {
        Group group = recommendableGroup(request, request.requireViewer());
        return recommendPage(request, group, "", recommendations.defaultText(group, request.messages()), Map.of(),
            200);
    }

    private Response recommend(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = recommendableGroup(request, viewer);
        String recipients = request.form("recipients");
        String text = request.form("text");
        try {
            int sent = recommendations.recommend(group, viewer.id(), recipients, text);
            request.flash("recommend.sent", sent);
            return Response.redirect(group.path());
        } catch (RecommendationException e) {
            String message = e.names().isEmpty() ? request.messages().get(e.messageKey())
                : request.messages().get(e.messageKey(), String.join(", ", e.names()));
            return recommendPage(request, group, recipients, text, Map.of(e.field(), List.of(message)), 400);
        }
    }

    private Response recommendPage(WebRequest request, Group group, String recipients, String text,
            Map<String, List<String>> errors, int status) {
        return Response.page("memberships/recommend.ftlh",
            Map.of("group", group, "recipients", recipients, "text", text, "errors", errors), status);
    }

    // --- finding the group and checking the visitor -----------------------------------------

    /** The open group of the path's slug; a closed one refuses joining (403). */
    private Group joinableGroup(WebRequest request) {
        Group group = pages.bySlug(request);
        if (group.closed()) {
            throw HttpError.forbidden("group " + group.slug() + " is closed");
        }
        return group;
    }

    /** The group of the path's id, of which the viewer is a member (403 otherwise). */
    private Group ownGroup(WebRequest request, Viewer viewer) {
        Group group = pages.byId(request);
        if (!memberships.isMember(group.id(), viewer.id())) {
            throw HttpError.forbidden("not a member of " + group.slug());
        }
        return group;
    }

    /** Members add members only to closed groups: to an open group everybody comes by joining. */
    private Group closedOwnGroup(WebRequest request, Viewer viewer) {
        Group group = ownGroup(request, viewer);
        if (!group.closed()) {
            throw HttpError.forbidden("group " + group.slug() + " is open");
        }
        return group;
    }

    private Group recommendableGroup(WebRequest request, Viewer viewer) {
        Group group = pages.bySlug(request);
        if (!recommendations.maySend(group, viewer.id())) {
            throw HttpError.forbidden("neither member nor subscriber of " + group.slug());
        }
        return group;
    }

    private static GroupActionForm joinForm(Group group) {
        return new GroupActionForm(group, "/" + group.slug() + "/join/request/", "member", "join");
    }

    private static GroupActionForm resignForm(Group group) {
        return new GroupActionForm(group, "/stadt/groups/" + group.id() + "/resign/request/", "member", "resign");
    }

    private static String membersPath(Group group) {
        return "/stadt/groups/" + group.id() + "/members/";
    }
}
