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

    public ProfileRoutes(AccountService accounts, PersonImages images) {
        this.accounts = accounts;
        this.images = images;
    }

    /** Registers the directory; {@link #registerEntityRoute} comes last, as it matches any first segment. */
    public void register(Router router) {
        router.get("/stadt/gestalten/", this::people);
    }

    // TODO(#3): groups share the /<slug>/ namespace; route it through one entity lookup then.
    public void registerEntityRoute(Router router) {
        router.get("/{slug}/", this::profile);
    }

    private Response people(WebRequest request) {
        Paged<Person> page = accounts.publicPeople(Paged.requestedPage(request));
        return Response.page("accounts/people.ftlh", Map.of("page", page));
    }

    /** A private profile is seen by its owner only (as grouprise); others are asked to log in or refused. */
    private Response profile(WebRequest request) {
        Person person = accounts.findByUsername(request.pathParameter("slug"))
            .orElseThrow(() -> HttpError.notFound("no such person"));
        Optional<Viewer> viewer = request.viewer();
        boolean own = viewer.map(value -> value.id() == person.id()).orElse(false);
        if (!person.isPublic() && !own) {
            if (viewer.isEmpty()) {
                throw HttpError.loginRequired();
            }
            throw HttpError.forbidden("private profile");
        }
        if (!person.username().equals(request.pathParameter("slug"))) {
            return Response.permanentRedirect("/" + person.username() + "/");
        }
        return Response.page("accounts/profile.ftlh",
            Map.of("profile", person, "own", own, "images", images.urls(person.id())));
    }
}
