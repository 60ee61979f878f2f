package org.grouprise.server.accounts;

import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.HashMap;
import java.util.Map;

/** A person's own settings: profile, notifications, e-mail addresses, password, account deletion. */
public final class SettingsRoutes {
    private final AccountService accounts;

    public SettingsRoutes(AccountService accounts) {
        this.accounts = accounts;
    }

    public void register(Router router) {
        router.get("/stadt/settings/", this::profileForm)
            .post("/stadt/settings/", this::saveProfile)
            .get("/stadt/settings/notifications/", this::notificationsForm)
            .post("/stadt/settings/notifications/", this::saveNotifications)
            .get("/stadt/email/", this::emailPage)
            .post("/stadt/email/", this::changeEmail)
            .get("/stadt/settings/password/", this::passwordForm)
            .post("/stadt/settings/password/", this::changePassword)
            .get("/stadt/settings/gestalt/delete/", this::deleteForm)
            .post("/stadt/settings/gestalt/delete/", this::deleteAccount);
    }

    private Response profileForm(WebRequest request) {
        Viewer viewer = request.requireViewer();
        return profilePage(request, accounts.profileForm(viewer.id()), new FormErrors(), 200);
    }

    private Response saveProfile(WebRequest request) {
        Viewer viewer = request.requireViewer();
        ProfileForm form = new ProfileForm(request.form("first_name"), request.form("last_name"),
            request.form("slug").strip(), request.form("about"), request.checkbox("public"), request.form("language"));
        try {
            accounts.updateProfile(viewer.id(), form);
            request.flash("settings.saved");
            return Response.redirect("/" + form.slug() + "/");
        } catch (AccountException e) {
            return profilePage(request, form, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response profilePage(WebRequest request, ProfileForm form, FormErrors errors, int status) {
        return Response.page("accounts/settings.ftlh",
            Map.of("form", form, "errors", errors.translated(request.messages())), status);
    }

    private Response notificationsForm(WebRequest request) {
        Viewer viewer = request.requireViewer();
        return Response.page("accounts/notifications.ftlh",
            Map.of("settings", accounts.notificationSettings(viewer.id())));
    }

    private Response saveNotifications(WebRequest request) {
        Viewer viewer = request.requireViewer();
        accounts.updateNotificationSettings(viewer.id(), new NotificationSettings(
            request.checkbox("receives_builtin_inbox_notifications"), request.checkbox("receives_email_notifications"),
            request.checkbox("receives_matrix_notifications")));
        request.flash("settings.saved");
        return Response.redirect("/stadt/settings/notifications/");
    }

    private Response emailPage(WebRequest request) {
        Viewer viewer = request.requireViewer();
        return emailPage(request, viewer, "", new FormErrors(), 200);
    }

    /** One form with several buttons, as allauth has it: add, make primary, resend, remove. */
    private Response changeEmail(WebRequest request) {
        Viewer viewer = request.requireViewer();
        String email = request.form("email").strip();
        try {
            if (request.formValue("action_add").isPresent()) {
                accounts.addEmail(viewer.id(), email, request.locale());
                request.flash("email.added", email);
            } else if (request.formValue("action_primary").isPresent()) {
                accounts.makePrimary(viewer.id(), email);
                request.flash("email.primaryChanged", email);
            } else if (request.formValue("action_send").isPresent()) {
                accounts.resendConfirmation(viewer.id(), email, request.locale());
                request.flash("email.sent", email);
            } else if (request.formValue("action_remove").isPresent()) {
                accounts.removeEmail(viewer.id(), email);
                request.flash("email.removed", email);
            }
            return Response.redirect("/stadt/email/");
        } catch (AccountException e) {
            String shown = request.formValue("action_add").isPresent() ? email : "";
            return emailPage(request, viewer, shown, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response emailPage(WebRequest request, Viewer viewer, String newEmail, FormErrors errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("addresses", accounts.emailAddresses(viewer.id()));
        model.put("newEmail", newEmail);
        model.put("errors", errors.translated(request.messages()));
        return Response.page("accounts/email.ftlh", model, status);
    }

    private Response passwordForm(WebRequest request) {
        Viewer viewer = request.requireViewer();
        return passwordPage(request, viewer, new FormErrors(), 200);
    }

    private Response changePassword(WebRequest request) {
        Viewer viewer = request.requireViewer();
        try {
            accounts.changePassword(viewer.id(), request.form("oldpassword"), request.form("password1"),
                request.form("password2"));
            request.flash("password.changed");
            return Response.redirect("/stadt/settings/");
        } catch (AccountException e) {
            return passwordPage(request, viewer, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response passwordPage(WebRequest request, Viewer viewer, FormErrors errors, int status) {
        return Response.page("accounts/password_set.ftlh", Map.of(
            "titleKey", "password.change.title",
            "invalid", false,
            "askOld", accounts.hasPassword(viewer.id()),
            "action", "/stadt/settings/password/",
            "errors", errors.translated(request.messages())), status);
    }

    private Response deleteForm(WebRequest request) {
        request.requireViewer();
        return Response.page("accounts/delete.ftlh", Map.of());
    }

    private Response deleteAccount(WebRequest request) {
        Viewer viewer = request.requireViewer();
        accounts.deleteAccount(viewer.id());
        request.logOut();
        return Response.redirect("/");
    }
}
