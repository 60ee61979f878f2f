package org.grouprise.server.subscriptions;

import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupActionForm;
import org.grouprise.server.groups.GroupActionPages;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.QuestionCaptcha;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Subscribing and unsubscribing, logged in or by mailed link, at grouprise's URLs. */
public final class SubscriptionRoutes {
    private final GroupActionPages pages;
    private final SubscriptionService subscriptions;
    private final SubscriptionActions actions;
    private final QuestionCaptcha captcha;

    public SubscriptionRoutes(GroupService groups, SubscriptionService subscriptions, SubscriptionActions actions,
            QuestionCaptcha captcha) {
        this.pages = new GroupActionPages(groups);
        this.subscriptions = subscriptions;
        this.actions = actions;
        this.captcha = captcha;
    }

    public void register(Router router) {
        router.get("/{slug}/actions/subscribe", this::subscribeForm)
            .post("/{slug}/actions/subscribe", this::subscribe)
            .get("/stadt/subscribe/confirm/{token}/", this::subscribeConfirmForm)
            .post("/stadt/subscribe/confirm/{token}/", this::confirmSubscription)
            .post("/stadt/groups/{pk}/unsubscribe/", this::unsubscribe)
            .get("/stadt/groups/{pk}/unsubscribe/request/", this::unsubscribeRequestForm)
            .post("/stadt/groups/{pk}/unsubscribe/request/", this::requestUnsubscription)
            .get("/stadt/unsubscribe/confirm/{token}/", this::unsubscribeConfirmForm)
            .post("/stadt/unsubscribe/confirm/{token}/", this::confirmUnsubscription);
    }

    // --- subscribe ---------------------------------------------------------------------------

    /** Logged in: a button; anonymous: the e-mail form, whose link then confirms. */
    private Response subscribeForm(WebRequest request) {
        Group group = pages.bySlug(request);
        Optional<Viewer> viewer = request.viewer();
        if (viewer.isEmpty()) {
            return requestPage(request, subscribeForm(group), "", new FormErrors(), 200);
        }
        if (subscriptions.isSubscribed(group.id(), viewer.get().id())) {
            request.flash("subscription.already");
            return Response.redirect(group.path());
        }
        return Response.page("subscriptions/subscribe.ftlh", Map.of("group", group));
    }

    private Response subscribe(WebRequest request) {
        Group group = pages.bySlug(request);
        Optional<Viewer> viewer = request.viewer();
        if (viewer.isEmpty()) {
            return handleRequest(request, subscribeForm(group), email -> requestSubscription(request, group, email));
        }
        boolean subscribed = subscriptions.subscribe(group.id(), viewer.get().id());
        request.flash(subscribed ? "subscription.subscribed" : "subscription.already");
        return Response.redirect(group.path());
    }

    private Response requestSubscription(WebRequest request, Group group, String email) {
        SubscriptionActions.Requested result = actions.requestSubscription(group, email, request.locale());
        if (result == SubscriptionActions.Requested.LOGIN_NEEDED) {
            return Response.page("subscriptions/login_needed.ftlh", Map.of("group", group,
                "loginPath", "/stadt/login/?next=/" + group.slug() + "/actions/subscribe"));
        }
        return sentPage(group, email);
    }

    private Response subscribeConfirmForm(WebRequest request) {
        return GroupActionPages.confirmPage(request, actions.pendingSubscription(request.pathParameter("token")),
            "subscribe");
    }

    private Response confirmSubscription(WebRequest request) {
        Optional<Group> group = actions.confirmSubscription(request.pathParameter("token"));
        if (group.isEmpty()) {
            return GroupActionPages.invalidLink();
        }
        request.flash("subscription.subscribed");
        return Response.redirect(group.get().path());
    }

    // --- unsubscribe -------------------------------------------------------------------------

    private Response unsubscribe(WebRequest request) {
        Viewer viewer = request.requireViewer();
        Group group = pages.byId(request);
        subscriptions.unsubscribe(group.id(), viewer.id());
        request.flash("subscription.unsubscribed", group.name());
        return Response.redirect(group.path());
    }

    private Response unsubscribeRequestForm(WebRequest request) {
        return requestPage(request, unsubscribeForm(pages.byId(request)), "", new FormErrors(), 200);
    }

    private Response requestUnsubscription(WebRequest request) {
        Group group = pages.byId(request);
        return handleRequest(request, unsubscribeForm(group), email -> {
            actions.requestUnsubscription(group, email, request.locale());
            return sentPage(group, email);
        });
    }

    private Response unsubscribeConfirmForm(WebRequest request) {
        return GroupActionPages.confirmPage(request,
            actions.pendingUnsubscription(request.pathParameter("token")), "unsubscribe");
    }

    private Response confirmUnsubscription(WebRequest request) {
        Optional<Group> group = actions.confirmUnsubscription(request.pathParameter("token"));
        if (group.isEmpty()) {
            return GroupActionPages.invalidLink();
        }
        request.flash("subscription.unsubscribed", group.get().name());
        return Response.redirect(group.get().path());
    }

    // --- the shared pieces of the e-mail forms ----------------------------------------------

    private Response handleRequest(WebRequest request, GroupActionForm form, Function<String, Response> send) {
        String email = request.form(form.field()).strip();
        if (!captcha.accepts(request)) {
            return requestPage(request, form, email, new FormErrors().add(QuestionCaptcha.ANSWER_FIELD,
                "captcha.invalid"), 400);
        }
        try {
            return send.apply(email);
        } catch (SubscriptionException e) {
            return requestPage(request, form, email, new FormErrors().add(form.field(), e.messageKey()), 400);
        }
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

    private static Response sentPage(Group group, String email) {
        return Response.page("groups/action_sent.ftlh", Map.of("group", group, "email", email));
    }

    private static GroupActionForm subscribeForm(Group group) {
        return new GroupActionForm(group, "/" + group.slug() + "/actions/subscribe", "subscriber", "subscribe");
    }

    private static GroupActionForm unsubscribeForm(Group group) {
        return new GroupActionForm(group, "/stadt/groups/" + group.id() + "/unsubscribe/request/", "subscriber",
            "unsubscribe");
    }

}
