package org.grouprise.server.accounts;

import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.QuestionCaptcha;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.WebRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Signup, login, logout, password reset and address confirmation, at grouprise's URLs. */
public final class LoginRoutes {
    private final AccountService accounts;
    private final QuestionCaptcha captcha;

    public LoginRoutes(AccountService accounts, QuestionCaptcha captcha) {
        this.accounts = accounts;
        this.captcha = captcha;
    }

    public void register(Router router) {
        router.get("/stadt/signup/", this::signupForm)
            .post("/stadt/signup/", this::signUp)
            .get("/stadt/login/", this::loginForm)
            .post("/stadt/login/", this::logIn)
            .get("/stadt/logout/", this::logoutForm)
            .post("/stadt/logout/", this::logOut)
            .get("/stadt/password/reset/", this::resetForm)
            .post("/stadt/password/reset/", this::requestReset)
            .get("/stadt/password/reset/done/", request -> Response.page("accounts/password_reset_done.ftlh", Map.of()))
            .get("/stadt/password/reset/key/{key}/", this::resetKeyForm)
            .post("/stadt/password/reset/key/{key}/", this::resetPassword)
            .get("/stadt/confirm/{key}/", this::confirmForm)
            .post("/stadt/confirm/{key}/", this::confirm);
    }

    private Response signupForm(WebRequest request) {
        if (request.viewer().isPresent()) {
            return Response.redirect("/");
        }
        return signupPage(request, "", new FormErrors(), 200);
    }

    private Response signUp(WebRequest request) {
        if (request.viewer().isPresent()) {
            return Response.redirect("/");
        }
        String email = request.form("email").strip();
        if (!captcha.accepts(request)) {
            FormErrors errors = new FormErrors().add(QuestionCaptcha.ANSWER_FIELD, "captcha.invalid");
            return signupPage(request, email, errors, 400);
        }
        try {
            long personId = accounts.signUp(email, request.form("password1"), request.form("password2"),
                request.clientAddress(), request.locale());
            request.logIn(personId, false);
            request.flash("signup.done");
            return Response.redirect(safeNext(request.formValue("next")));
        } catch (AccountException e) {
            return signupPage(request, email, new FormErrors().add(e.field(), e.messageKey()), 400);
        }
    }

    private Response signupPage(WebRequest request, String email, FormErrors errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("next", safeNext(request.formValue("next").or(() -> request.query("next"))));
        model.put("errors", errors.translated(request.messages()));
        if (captcha.enabled()) {
            model.put("captcha", captcha.challenge());
        }
        return Response.page("accounts/signup.ftlh", model, status);
    }

    private Response loginForm(WebRequest request) {
        if (request.viewer().isPresent()) {
            return Response.redirect(safeNext(request.query("next")));
        }
        return loginPage(request, "", new FormErrors(), 200);
    }

    private Response logIn(WebRequest request) {
        String login = request.form("login").strip();
        if (login.isEmpty() || request.form("password").isEmpty()) {
            FormErrors errors = new FormErrors();
            if (login.isEmpty()) {
                errors.add("login", "field.required");
            }
            if (request.form("password").isEmpty()) {
                errors.add("password", "field.required");
            }
            return loginPage(request, login, errors, 400);
        }
        try {
            Optional<Person> person = accounts.authenticate(login, request.form("password"), request.clientAddress());
            if (person.isEmpty()) {
                return loginPage(request, login, new FormErrors().add(FormErrors.FORM, "login.invalid"), 400);
            }
            request.logIn(person.get().id(), request.checkbox("remember"));
            request.flash("login.welcome");
            return Response.redirect(safeNext(request.formValue("next")));
        } catch (AccountException e) {
            return loginPage(request, login, new FormErrors().add(e.field(), e.messageKey()), 429);
        }
    }

    private Response loginPage(WebRequest request, String login, FormErrors errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("login", login);
        model.put("next", safeNext(request.formValue("next").or(() -> request.query("next"))));
        model.put("errors", errors.translated(request.messages()));
        return Response.page("accounts/login.ftlh", model, status);
    }

    private Response logoutForm(WebRequest request) {
        request.requireViewer();
        return Response.page("accounts/logout.ftlh", Map.of());
    }

    private Response logOut(WebRequest request) {
        request.logOut();
        return Response.redirect("/");
    }

    private Response resetForm(WebRequest request) {
        return Response.page("accounts/password_reset.ftlh", Map.of("email", "", "errors", Map.of()));
    }

    private Response requestReset(WebRequest request) {
        String email = request.form("email").strip();
        try {
            accounts.requestPasswordReset(email, request.locale());
            return Response.redirect("/stadt/password/reset/done/");
        } catch (AccountException e) {
            FormErrors errors = new FormErrors().add(e.field(), e.messageKey());
            return Response.page("accounts/password_reset.ftlh",
                Map.of("email", email, "errors", errors.translated(request.messages())), 400);
        }
    }

    private Response resetKeyForm(WebRequest request) {
        boolean valid = accounts.isResetKeyValid(request.pathParameter("key"));
        return passwordSetPage(request, !valid, new FormErrors(), valid ? 200 : 404);
    }

    private Response resetPassword(WebRequest request) {
        try {
            long personId = accounts.resetPassword(request.pathParameter("key"), request.form("password1"),
                request.form("password2"));
            request.logIn(personId, false);
            request.flash("reset.completed");
            return Response.redirect("/");
        } catch (AccountException e) {
            boolean invalid = e.messageKey().equals("reset.key.invalid");
            return passwordSetPage(request, invalid, new FormErrors().add(e.field(), e.messageKey()),
                invalid ? 404 : 400);
        }
    }

    private Response passwordSetPage(WebRequest request, boolean invalid, FormErrors errors, int status) {
        return Response.page("accounts/password_set.ftlh", Map.of(
            "titleKey", "reset.key.title",
            "invalid", invalid,
            "askOld", false,
            "action", "/stadt/password/reset/key/" + request.pathParameter("key") + "/",
            "errors", errors.translated(request.messages())), status);
    }

    private Response confirmForm(WebRequest request) {
        String key = request.pathParameter("key");
        Optional<String> address = accounts.pendingConfirmation(key);
        Map<String, Object> model = new HashMap<>();
        model.put("key", key);
        address.ifPresent(value -> model.put("address", value));
        return Response.page("accounts/confirm.ftlh", model, address.isPresent() ? 200 : 404);
    }

    private Response confirm(WebRequest request) {
        Optional<String> address = accounts.confirmEmail(request.pathParameter("key"));
        if (address.isEmpty()) {
            throw HttpError.notFound("confirmation key");
        }
        request.flash("confirm.done", address.get());
        return Response.redirect(request.viewer().isPresent() ? "/stadt/email/" : "/stadt/login/");
    }

    /** Only a path on this site may follow a login; anything else would make us an open redirect. */
    static String safeNext(Optional<String> next) {
        return next.filter(value -> value.startsWith("/") && !value.startsWith("//") && !value.contains("\\"))
            .orElse("/");
    }
}
