package org.grouprise.server.content;

import org.grouprise.model.Slug;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.NewRow;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.markdown.MarkdownRenderer;
import org.grouprise.server.markdown.MarkdownRenderer.Preset;
import org.grouprise.server.markdown.Rendered;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.Teaser;
import org.grouprise.server.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Articles and the content machinery: creating, finding by slug (with redirects from former
 * slugs), editing with a version per save, soft deletion, comments, streams, and the answers of
 * the visibility policy for one item.
 */
public final class ContentService {
    static final int MAX_TITLE = 255;
    static final int MAX_SLUG = 50;
    static final String ARTICLE = "article";
    /** Second path segments that other routes use as {@code /<slug>/<word>/}; a content slug must not hide them. */
    private static final Set<String> RESERVED_SLUGS = Set.of("imprint", "actions", "articles", "join", "stadt");
    private static final Logger LOGGER = LoggerFactory.getLogger(ContentService.class);

    private final ContentMapper mapper;
    private final Transactions transactions;
    private final GroupService groups;
    private final AccountService accounts;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    public ContentService(Database database, GroupService groups, AccountService accounts, MarkdownRenderer markdown,
            Clock clock) {
        this.mapper = database.mapper(ContentMapper.class);
        this.transactions = database.transactions();
        this.groups = groups;
        this.accounts = accounts;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(ContentMapper.class);
    }

    // --- owners ---------------------------------------------------------------------------------

    /** The group or person at {@code /<slug>/}, groups first as on the entity route. */
    public Optional<Owner> owner(String slug) {
        return groups.findBySlug(slug).map(group -> new Owner(true, group.id(), group.slug(), group.name()))
            .or(() -> accounts.findByUsername(slug)
                .map(person -> new Owner(false, person.id(), person.username(), person.displayName())));
    }

    /** The current slug of a group that was renamed, so that old content links can redirect. */
    public Optional<String> renamedOwner(String formerSlug) {
        return groups.findRenamed(formerSlug).map(group -> group.slug());
    }

    public Owner ownerOf(long personId) {
        return accounts.findById(personId)
            .map(person -> new Owner(false, person.id(), person.username(), person.displayName())).orElseThrow();
    }

    /** The viewer's groups, for the site-wide article form. */
    public List<GroupChoice> groupsOf(long personId) {
        return mapper.groupsOf(personId);
    }

    // --- the policy for one item ----------------------------------------------------------------

    /** Whether the reader may do the action with the item (see {@link Visibility}). */
    public boolean permits(Visibility.Action action, Visibility.Reader reader, ContentItem item) {
        return Visibility.permits(action, reader, standing(reader, item.inGroup() ? item.ownerId() : null),
            item.facts(), clock.instant());
    }

    /** Every answer of the policy for the item at once, with one look at the reader's membership (for pages). */
    public Rights rights(Visibility.Reader reader, ContentItem item) {
        Visibility.Standing standing = standing(reader, item.inGroup() ? item.ownerId() : null);
        Predicate<Visibility.Action> permitted =
            action -> Visibility.permits(action, reader, standing, item.facts(), clock.instant());
        return new Rights(permitted.test(Visibility.Action.VIEW), permitted.test(Visibility.Action.COMMENT),
            permitted.test(Visibility.Action.EDIT), permitted.test(Visibility.Action.DELETE));
    }

    /** What a reader may do with one item, as a page needs it. */
    public record Rights(boolean view, boolean comment, boolean edit, boolean delete) {
    }

    /** Whether the reader may publish with the owner: members in their group, a person on their own profile. */
    public boolean mayPublish(Visibility.Reader reader, Owner owner) {
        if (reader.personId().isEmpty()) {
            return false;
        }
        return owner.isGroup() ? standing(reader, owner.id()).memberSince().isPresent()
            : owner.id() == reader.personId().get();
    }

    private Visibility.Standing standing(Visibility.Reader reader, Long groupId) {
        if (groupId == null || reader.personId().isEmpty()) {
            return Visibility.Standing.none();
        }
        return new Visibility.Standing(mapper.memberSince(groupId, reader.personId().get()));
    }

    // --- articles -------------------------------------------------------------------------------

    /** Publishes an article with the owner; its slug is made from the title and unique for the owner. */
    public ContentItem create(Owner owner, long authorId, ArticleForm form) {
        ArticleForm checked = validated(form, false);
        return transactions.inTransaction(() -> {
            Rendered rendered = markdown.render(checked.text(), Preset.CONTENT);
            Map<String, Object> content = new HashMap<>();
            content.put("kind", ARTICLE);
            content.put("title", checked.title());
            content.put("text", checked.text());
            content.put("html", rendered.html());
            content.put("authorId", authorId);
            content.put("now", clock.instant());
            NewRow contentRow = new NewRow(content);
            mapper.insertContent(contentRow);
            long contentId = contentRow.getId();
            mapper.insertVersion(contentId, authorId, checked.title(), checked.text(), clock.instant());
            saveTags(contentId, checked.title(), rendered);

            Map<String, Object> association = new HashMap<>();
            association.put("contentId", contentId);
            association.put("groupId", owner.groupId());
            association.put("personId", owner.personId());
            association.put("isPublic", checked.isPublic());
            association.put("pinned", owner.isGroup() && checked.pinned());
            association.put("slug", freeSlug(owner, checked.title()));
            association.put("now", clock.instant());
            NewRow associationRow = new NewRow(association);
            mapper.insertAssociation(associationRow);
            LOGGER.debug("Person {} published content {} with {}", authorId, contentId, owner.slug());
            return mapper.findItem(associationRow.getId()).orElseThrow().toItem();
        });
    }

    /** The live item at {@code /<owner>/<slug>/}. */
    public Optional<ContentItem> find(Owner owner, String slug) {
        return mapper.findBySlug(owner.groupId(), owner.personId(), slug.toLowerCase(Locale.ROOT))
            .filter(row -> row.deletedAt() == null).map(ItemRow::toItem);
    }

    /** The live item that had this slug before it was renamed. */
    public Optional<ContentItem> findMoved(Owner owner, String formerSlug) {
        return mapper.findRedirect(owner.groupId(), owner.personId(), formerSlug.toLowerCase(Locale.ROOT))
            .flatMap(this::find);
    }

    /** A public live item for a mention {@code @entity/slug}, which every reader of the stored HTML sees. */
    public Optional<ContentItem> publicMention(String entitySlug, String slug) {
        return owner(entitySlug).flatMap(owner -> find(owner, slug)).filter(ContentItem::isPublic);
    }

    /** The live item of a permalink {@code /stadt/content/<id>/}. */
    public Optional<ContentItem> find(long associationId) {
        return mapper.findItem(associationId).filter(row -> row.deletedAt() == null).map(ItemRow::toItem);
    }

    public List<Tag> tagsOf(ContentItem item) {
        return mapper.tagsOf(item.contentId());
    }

    /** The edit form filled with the item's values. */
    public ArticleForm formOf(ContentItem item) {
        return new ArticleForm(item.title(), item.text(), item.isPublic(), item.pinned(), item.slug());
    }

    /** Saves an edit as a new version; a new slug keeps the old one answering with a redirect. */
    public ContentItem update(ContentItem item, long editorId, ArticleForm form) {
        ArticleForm checked = validated(form, true);
        return transactions.inTransaction(() -> {
            Owner owner = owner(item.entitySlug()).orElseThrow();
            if (!checked.slug().equals(item.slug())) {
                if (RESERVED_SLUGS.contains(checked.slug())
                        || mapper.countSlug(owner.groupId(), owner.personId(), checked.slug()) > 0) {
                    throw new ContentException("slug", "slug.taken");
                }
                // Renaming back and forth must not store the same former slug twice.
                mapper.deleteRedirect(item.slug(), item.id());
                mapper.insertRedirect(item.slug(), item.id());
            }
            Rendered rendered = markdown.render(checked.text(), Preset.CONTENT);
            mapper.updateContent(item.contentId(), checked.title(), checked.text(), rendered.html(), clock.instant());
            mapper.insertVersion(item.contentId(), editorId, checked.title(), checked.text(), clock.instant());
            saveTags(item.contentId(), checked.title(), rendered);
            mapper.updateAssociation(item.id(), checked.isPublic(), item.inGroup() && checked.pinned(), checked.slug());
            return mapper.findItem(item.id()).orElseThrow().toItem();
        });
    }

    /** Soft deletion: the item stays for the record, its slug is freed and its page answers 404. */
    public void delete(ContentItem item, long byPersonId) {
        transactions.run(() -> mapper.softDelete(item.id(), clock.instant()));
        LOGGER.info("Person {} deleted content {} ({})", byPersonId, item.contentId(), item.path());
    }

    /** Every version, newest first, each with its diff against the one before. */
    public List<VersionView> history(ContentItem item) {
        List<VersionRow> rows = mapper.versions(item.contentId());
        List<VersionView> views = new ArrayList<>();
        String title = "";
        String text = "";
        for (int i = 0; i < rows.size(); i++) {
            VersionRow row = rows.get(i);
            views.add(0, new VersionView(i + 1, row.authorName(), row.createdAt(), !row.title().equals(title),
                row.title(), LineDiff.between(text, row.text())));
            title = row.title();
            text = row.text();
        }
        return views;
    }

    // --- streams --------------------------------------------------------------------------------

    /** A group's stream: pinned items first, then the newest; only what the reader may list. */
    public Paged<ContentItem> groupStream(long groupId, Visibility.Reader reader, int page) {
        return stream(new StreamFilter(groupId, null, null, null), reader, page);
    }

    /** A person's stream: what is published on their profile, newest first. */
    public Paged<ContentItem> personStream(long personId, Visibility.Reader reader, int page) {
        return stream(new StreamFilter(null, personId, null, null), reader, page);
    }

    /** Every article the reader may list, newest first ({@code /stadt/articles/}). */
    public Paged<ContentItem> articles(Visibility.Reader reader, int page) {
        return stream(new StreamFilter(null, null, ARTICLE, null), reader, page);
    }

    /** Everything the reader may list that carries the tag, newest first ({@code /stadt/tags/<slug>/}). */
    public Paged<ContentItem> tagged(String tagSlug, Visibility.Reader reader, int page) {
        return stream(new StreamFilter(null, null, null, tagSlug.toLowerCase(Locale.ROOT)), reader, page);
    }

    /** The tag as someone first spelt it, for the tag page's heading. */
    public Optional<String> tagName(String tagSlug) {
        return mapper.tagName(tagSlug.toLowerCase(Locale.ROOT));
    }

    /**
     * A group page's stream (groups ask through {@code GroupStream}); {@code titleFilter} keeps the
     * items whose title contains it, ignoring case (grouprise's {@code ?content__title__icontains=}).
     */
    public Paged<Teaser> groupTeasers(long groupId, Optional<Viewer> viewer, String titleFilter, int page) {
        StreamFilter filter = new StreamFilter(groupId, null, null, null, escapeLike(titleFilter.strip()));
        return teasers(stream(filter, Visibility.Reader.of(viewer), page));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A profile's stream (accounts ask through {@code ProfileStream}). */
    public Paged<Teaser> personTeasers(long personId, Optional<Viewer> viewer, int page) {
        return teasers(personStream(personId, Visibility.Reader.of(viewer), page));
    }

    /** The start page's stream: everything the viewer may see, newest first. */
    public Paged<Teaser> everythingTeasers(Optional<Viewer> viewer, int page) {
        return teasers(stream(new StreamFilter(null, null, null, null), Visibility.Reader.of(viewer), page));
    }

    static Paged<Teaser> teasers(Paged<ContentItem> items) {
        return new Paged<>(items.items().stream().map(ContentItem::teaser).toList(), items.number(), items.total(),
            items.size());
    }

    private Paged<ContentItem> stream(StreamFilter filter, Visibility.Reader reader, int page) {
        List<ItemRow> rows = mapper.stream(filter, reader.listerId(), Paged.offset(page, Paged.DEFAULT_SIZE),
            Paged.DEFAULT_SIZE);
        long total = mapper.countStream(filter, reader.listerId());
        return new Paged<>(rows.stream().map(ItemRow::toItem).toList(), page, total, Paged.DEFAULT_SIZE);
    }

    // --- comments -------------------------------------------------------------------------------

    /** The item's comments in order; internal ones only for members of its group and their authors. */
    public List<Contribution> contributions(ContentItem item, Visibility.Reader reader) {
        return contributions(item, reader, permits(Visibility.Action.EDIT, reader, item));
    }

    /** The comments when the caller already knows whether the reader is a member ({@code Rights.edit}). */
    public List<Contribution> contributions(ContentItem item, Visibility.Reader reader, boolean withInternal) {
        return mapper.contributions(item.contentId(), withInternal, reader.listerId()).stream()
            .map(ContributionRow::toContribution).toList();
    }

    /** Adds a comment from the web (public); {@code inReplyTo} must be a comment of the same item. */
    public Contribution comment(ContentItem item, long authorId, String text, Optional<Long> inReplyTo) {
        return comment(item, authorId, text, inReplyTo, true);
    }

    /** Adds a comment; internal ones ({@code isPublic} false) come from mail replies (#6). */
    Contribution comment(ContentItem item, long authorId, String text, Optional<Long> inReplyTo, boolean isPublic) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new ContentException("text", "field.required");
        }
        Long replyTo = inReplyTo.flatMap(mapper::findContribution)
            .filter(row -> row.contentId() == item.contentId() && row.deletedAt() == null)
            .map(ContributionRow::id).orElse(null);
        return transactions.inTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put("contentId", item.contentId());
            values.put("authorId", authorId);
            values.put("text", trimmed);
            values.put("html", markdown.render(trimmed, Preset.CONTENT).html());
            values.put("isPublic", isPublic);
            values.put("inReplyTo", replyTo);
            values.put("now", clock.instant());
            NewRow row = new NewRow(values);
            mapper.insertContribution(row);
            return mapper.findContribution(row.getId()).orElseThrow().toContribution();
        });
    }

    /** A live comment of the item. */
    public Optional<Contribution> contribution(ContentItem item, long contributionId) {
        return mapper.findContribution(contributionId)
            .filter(row -> row.contentId() == item.contentId() && row.deletedAt() == null)
            .map(ContributionRow::toContribution);
    }

    /** Soft-deletes a comment; only its author may (as in grouprise). */
    public boolean mayDelete(Contribution contribution, Visibility.Reader reader) {
        return reader.personId().map(id -> id == contribution.authorId()).orElse(false);
    }

    public void deleteContribution(Contribution contribution) {
        transactions.run(() -> mapper.softDeleteContribution(contribution.id(), clock.instant()));
    }

    // --- other features' life cycles ------------------------------------------------------------

    /**
     * Hands what a person wrote to the unknown person before their account goes; the items on their
     * profile leave with the profile (soft-deleted). Runs inside the deletion's transaction.
     */
    public void handOver(long personId) {
        long unknown = accounts.unknownPersonId();
        mapper.reassignContents(personId, unknown);
        mapper.reassignVersions(personId, unknown);
        mapper.reassignContributions(personId, unknown);
        mapper.retirePersonalAssociations(personId, unknown, clock.instant());
    }

    /** Deletes a group's content with its versions, tags and comments, before the group goes. */
    public void forgetGroup(long groupId) {
        mapper.deleteGroupContents(groupId);
    }

    // --- helpers --------------------------------------------------------------------------------

    private void saveTags(long contentId, String title, Rendered rendered) {
        mapper.deleteTags(contentId);
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String tag : MarkdownRenderer.tagsIn(title)) {
            bySlug.putIfAbsent(MarkdownRenderer.tagSlug(tag), tag);
        }
        for (String tag : rendered.tags()) {
            bySlug.putIfAbsent(MarkdownRenderer.tagSlug(tag), tag);
        }
        bySlug.forEach((slug, tag) -> {
            if (!slug.isEmpty()) {
                mapper.insertTag(contentId, slug, tag);
            }
        });
    }

    private String freeSlug(Owner owner, String title) {
        String base = Slug.slugify(title);
        if (base.isEmpty()) {
            base = ARTICLE;
        }
        base = base.substring(0, Math.min(base.length(), MAX_SLUG - 5));
        String candidate = base;
        for (int suffix = 1; RESERVED_SLUGS.contains(candidate)
                || mapper.countSlug(owner.groupId(), owner.personId(), candidate) > 0; suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    private static ArticleForm validated(ArticleForm form, boolean withSlug) {
        String title = form.title().strip();
        if (title.isEmpty()) {
            throw new ContentException("title", "field.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new ContentException("title", "field.tooLong");
        }
        String slug = form.slug().strip().toLowerCase(Locale.ROOT);
        if (withSlug && (slug.isEmpty() || slug.length() > MAX_SLUG || !slug.matches("[-a-z0-9_]+"))) {
            throw new ContentException("slug", "slug.invalid");
        }
        return new ArticleForm(title, form.text(), form.isPublic(), form.pinned(), slug);
    }
}
