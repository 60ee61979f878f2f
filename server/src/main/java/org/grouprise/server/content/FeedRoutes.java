package org.grouprise.server.content;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.grouprise.server.config.Settings;
import org.grouprise.server.content.Visibility.Reader;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.web.HttpError;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.WebRequest;

import java.util.Date;
import java.util.List;

/**
 * Atom feeds of public articles: the site's at {@code /stadt/feed/} and a group's at
 * {@code /stadt/groups/<pk>/feed/}, as grouprise has them. They are read as an anonymous visitor,
 * so the visibility policy lets only public items through.
 */
public final class FeedRoutes {
    private static final String ATOM = "application/atom+xml; charset=utf-8";

    private final ContentService contents;
    private final GroupService groups;
    private final Settings site;

    public FeedRoutes(ContentService contents, GroupService groups, Settings site) {
        this.contents = contents;
        this.groups = groups;
        this.site = site;
    }

    public void register(Router router) {
        router.get("/stadt/feed/", this::siteFeed)
            .get("/stadt/groups/{pk}/feed/", this::groupFeed);
    }

    private Response siteFeed(WebRequest request) {
        List<ContentItem> items = contents.articles(Reader.anonymous(), 1).items();
        return atom(site.domain(), "/", "/stadt/feed/", items);
    }

    private Response groupFeed(WebRequest request) {
        Group group = groupOf(request);
        List<ContentItem> items = contents.groupStream(group.id(), Reader.anonymous(), 1).items();
        return atom(group.name(), group.path(), "/stadt/groups/" + group.id() + "/feed/", items);
    }

    private Group groupOf(WebRequest request) {
        try {
            return groups.find(Long.parseLong(request.pathParameter("pk")))
                .orElseThrow(() -> HttpError.notFound("no such group"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("no such group");
        }
    }

    private Response atom(String title, String pagePath, String feedPath, List<ContentItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(site.absoluteUrl(feedPath));
        feed.setLink(site.absoluteUrl(pagePath));
        feed.setLinks(List.of(link(feedPath, "self"), link(pagePath, "alternate")));
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).updatedAt()));
        feed.setEntries(items.stream().map(this::entry).toList());
        try {
            return Response.text(new SyndFeedOutput().outputString(feed), ATOM);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + feedPath, e);
        }
    }

    private SyndEntry entry(ContentItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setUri(site.absoluteUrl("/stadt/content/" + item.id() + "/"));
        entry.setLink(site.absoluteUrl(item.path()));
        entry.setAuthor(item.authorName());
        entry.setPublishedDate(Date.from(item.createdAt()));
        entry.setUpdatedDate(Date.from(item.updatedAt()));
        SyndContent content = new SyndContentImpl();
        // The stored HTML was sanitised when the article was saved.
        content.setType("html");
        content.setValue(item.html());
        entry.setContents(List.of(content));
        return entry;
    }

    private SyndLink link(String path, String relation) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(site.absoluteUrl(path));
        link.setRel(relation);
        return link;
    }
}
