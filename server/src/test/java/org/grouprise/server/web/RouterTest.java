package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

class RouterTest {
    private final RouteHandler index = request -> null;
    private final RouteHandler login = request -> null;
    private final RouteHandler loginForm = request -> null;
    private final RouteHandler entity = request -> null;
    private final RouteHandler content = request -> null;

    private final Router router = new Router()
        .get("/", index)
        .get("/stadt/login/", login)
        .post("/stadt/login/", loginForm)
        .get("/stadt/content/{pk}/", content)
        .get("/{slug}/", entity);

    @Test
    void literalRouteMatches() {
        Router.Match match = router.match("GET", "/stadt/login/");

        assertThat(match.handler()).containsSame(login);
        assertThat(match.pathParameters()).isEmpty();
    }

    @Test
    void rootMatchesOnlyTheRootRoute() {
        assertThat(router.match("GET", "/").handler()).containsSame(index);
    }

    @Test
    void placeholderBindsOneSegment() {
        Router.Match match = router.match("GET", "/stadt/content/42/");

        assertThat(match.handler()).containsSame(content);
        assertThat(match.pathParameters()).isEqualTo(Map.of("pk", "42"));
    }

    @Test
    void methodChoosesBetweenRoutesOfOnePath() {
        assertThat(router.match("POST", "/stadt/login/").handler()).containsSame(loginForm);
    }

    @Test
    void specificRouteAddedFirstBeatsCatchAllEntityRoute() {
        assertThat(router.match("GET", "/stadt/login/").handler()).containsSame(login);
        assertThat(router.match("GET", "/ann/").handler()).containsSame(entity);
        assertThat(router.match("GET", "/ann/").pathParameters()).isEqualTo(Map.of("slug", "ann"));
    }

    @Test
    void firstMatchingRouteWinsOverLaterOne() {
        RouteHandler first = request -> null;
        RouteHandler second = request -> null;
        Router catchAllFirst = new Router().get("/{slug}/", first).get("/stadt/", second);

        assertThat(catchAllFirst.match("GET", "/stadt/").handler()).containsSame(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/stadt/login",
        "/ann",
        "/stadt/content/42",
        "/stadt/content/42/extra/",
        "/stadt/unknown/",
        "//",
        "/stadt/content//"
    })
    void pathWithoutMatchingRouteIsNotFound(String path) {
        Router.Match match = router.match("GET", path);

        assertThat(match.handler()).isEmpty();
        assertThat(match.allowedMethods()).isEmpty();
    }

    @Test
    void otherMethodOnKnownPathListsAllowedMethods() {
        Router.Match match = router.match("DELETE", "/stadt/login/");

        assertThat(match.handler()).isEmpty();
        assertThat(match.allowedMethods()).containsExactly("GET", "POST");
    }

    @Test
    void postToGetOnlyPathListsGet() {
        Router.Match match = router.match("POST", "/stadt/content/42/");

        assertThat(match.handler()).isEmpty();
        assertThat(match.allowedMethods()).containsExactly("GET");
    }

    @Test
    void headIsAnsweredByTheGetRoute() {
        Router.Match match = router.match("HEAD", "/stadt/content/7/");

        assertThat(match.handler()).containsSame(content);
        assertThat(match.pathParameters()).containsEntry("pk", "7");
    }
}
