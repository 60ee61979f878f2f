package org.grouprise.server.accounts;

import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.util.Map;
import java.util.Optional;

/** Profile pages {@code /<username>/} and the directory of public profiles. */
public final class ProfileRoutes {
    private final AccountService accounts;
    private final PersonImages images;
    private final ProfileStream stream;

    public ProfileRoutes(AccountService accounts, PersonImages images, ProfileStream stream) {
        this.accounts = accounts;
        this.images = images;
        this.stream = stream;
    }

    /** Registers the directory; profiles are reached through the entity route ({@link #profile}). */
    public void register(Router router) {
        router.get("/stadt/gestalten/", this::people);
    }

    private Response people(WebRequest request) {
        Paged<Person> page = accounts.publicPeople(Paged.requestedPage(request));
        return Response.page("accounts/people.ftlh", Map.of("page", page));
    }

    /**
     * The profile page of {@code /<username>/}, empty when no person has that name. A private profile
     * is seen by its owner only (as in grouprise); others are asked to log in or refused.
     */
    public Optional<Response> profile(String slug, WebRequest request) {
        return accounts.findByUsername(slug).map(person -> profilePage(person, slug, request));
    }

    private Response profilePage(Person person, String slug, WebRequest request) {
        Optional<Viewer> viewer = request.viewer();
        boolean own = viewer.map(value -> value.id() == person.id()).orElse(false);
        if (!person.isPublic() && !own) {
            if (viewer.isEmpty()) {
                throw HttpError.loginRequired();
            }
            throw HttpError.forbidden("private profile");
        }
        if (!person.username().equals(slug)) {
            return Response.permanentRedirect("/" + person.username() + "/");
        }
        return Response.page("accounts/profile.ftlh", Map.of("profile", person, "own", own,
            "images", images.urls(person.id()),
            "stream", stream.page(person.id(), viewer, Paged.requestedPage(request))));
    }
}
