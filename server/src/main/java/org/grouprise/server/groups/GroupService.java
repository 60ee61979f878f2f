package org.grouprise.server.groups;

import org.grouprise.model.Slug;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.NewRow;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.markdown.MarkdownRenderer;
import org.grouprise.server.markdown.MarkdownRenderer.Preset;
import org.grouprise.server.web.Paged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Groups: founding, settings, slugs (shared with usernames, with permanent redirects from former
 * ones), tags, the directory and activity scores.
 */
public final class GroupService {
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 200;
    private static final Logger LOGGER = LoggerFactory.getLogger(GroupService.class);

    private final GroupMapper mapper;
    private final Transactions transactions;
    private final List<String> reservedSlugs;
    private final SlugOwners otherOwners;
    private final Clock clock;
    private final MarkdownRenderer markdown;
    private final List<FoundingStep> foundingSteps = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> deletionSteps = new CopyOnWriteArrayList<>();

    /** {@code markdown} renders descriptions once, when they are saved. */
    public GroupService(Database database, Settings settings, SlugOwners otherOwners, MarkdownRenderer markdown,
            Clock clock) {
        this.markdown = markdown;
        this.mapper = database.mapper(GroupMapper.class);
        this.transactions = database.transactions();
        this.reservedSlugs = settings.entitySlugBlacklist();
        this.otherOwners = otherOwners;
        this.clock = clock;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(GroupMapper.class);
    }

    /** Adds a step that runs when a group is founded; the composition root registers them at start. */
    public void addFoundingStep(FoundingStep step) {
        foundingSteps.add(step);
    }

    /**
     * Adds a step that runs in the transaction that deletes a group, before its row goes (content
     * removes what was published in the group).
     */
    public void beforeDeletingGroup(LongConsumer step) {
        deletionSteps.add(step);
    }

    /**
     * Founds a group with a slug made from its name ({@code Über Uns} becomes {@code uber-uns}, then
     * {@code uber-uns-1} when taken); the founding steps make the founder its first member.
     */
    public Group found(String name, long founderId) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new GroupException("name", "field.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new GroupException("name", "field.tooLong");
        }
        return transactions.inTransaction(() -> {
            String slug = freeSlug(trimmed);
            Map<String, Object> values = new HashMap<>();
            values.put("name", trimmed);
            values.put("slug", slug);
            values.put("slugKey", slug);
            values.put("createdBy", founderId);
            values.put("now", clock.instant());
            NewRow row = new NewRow(values);
            mapper.deleteRedirect(slug);
            mapper.insertGroup(row);
            Group group = find(row.getId()).orElseThrow();
            foundingSteps.forEach(step -> step.founded(group, founderId));
            LOGGER.info("Person {} founded group {} ({})", founderId, group.id(), slug);
            return group;
        });
    }

    public Optional<Group> find(long id) {
        return mapper.findById(id).map(this::withTags);
    }

    /** The group at a slug, without regard to case; see {@link #findRenamed} for former slugs. */
    public Optional<Group> findBySlug(String slug) {
        return mapper.findBySlugKey(slug.toLowerCase(Locale.ROOT)).map(this::withTags);
    }

    /** The group that had this slug before it was renamed, so that old links can redirect. */
    public Optional<Group> findRenamed(String formerSlug) {
        return mapper.findRedirect(formerSlug.toLowerCase(Locale.ROOT)).flatMap(this::find);
    }

    /** Whether the slug key is used by a group now. */
    public boolean isSlugTaken(String slugKey) {
        return mapper.countSlugKey(slugKey.toLowerCase(Locale.ROOT)) > 0;
    }

    /** The settings form filled with the group's values. */
    public GroupSettings settingsOf(Group group) {
        return new GroupSettings(group.name(), group.slug(), group.description(), group.address(),
            group.dateFounded().map(LocalDate::toString).orElse(""), group.url(), group.closed(),
            String.join(", ", group.tags()));
    }

    /** Saves the settings; a new slug keeps the old one as a permanent redirect. */
    public Group update(long groupId, GroupSettings settings) {
        GroupSettings checked = validated(settings);
        String newKey = checked.slug().toLowerCase(Locale.ROOT);
        return transactions.inTransaction(() -> {
            GroupRow current = mapper.findById(groupId).orElseThrow();
            String oldKey = current.slug().toLowerCase(Locale.ROOT);
            if (!newKey.equals(oldKey)) {
                if (reservedSlugs.contains(newKey) || mapper.countSlugKey(newKey) > 0 || otherOwners.isTaken(newKey)) {
                    throw new GroupException("slug", "slug.taken");
                }
                mapper.deleteRedirect(newKey);
                mapper.insertRedirect(oldKey, groupId);
            }
            String descriptionHtml = markdown.render(checked.description(), Preset.LINK_ONLY).html();
            mapper.updateSettings(groupId, checked, newKey, descriptionHtml, checked.dateFounded().isEmpty() ? null
                : checked.dateFounded(), clock.instant());
            mapper.deleteTags(groupId);
            parseTags(checked.tags()).forEach(tag -> mapper.insertTag(groupId, tag));
            return find(groupId).orElseThrow();
        });
    }

    /** Saves the media key of the group's avatar or logo (empty removes it) and answers the one it replaced. */
    Optional<String> swapImage(long groupId, GroupImages.Kind kind, Optional<String> key) {
        GroupRow row = mapper.findById(groupId).orElseThrow();
        Optional<String> previous = Optional.ofNullable(kind == GroupImages.Kind.AVATAR ? row.avatar() : row.logo());
        String avatar = kind == GroupImages.Kind.AVATAR ? key.orElse(null) : row.avatar();
        String logo = kind == GroupImages.Kind.LOGO ? key.orElse(null) : row.logo();
        mapper.updateImages(groupId, avatar, logo, clock.instant());
        return previous;
    }

    Transactions transactions() {
        return transactions;
    }

    /** One page of the directory, most active first; {@code memberId} keeps only that person's groups. */
    public Paged<Group> directory(String nameFilter, Optional<Long> memberId, int page) {
        String name = escapeLike(nameFilter.strip());
        List<GroupRow> rows = mapper.directory(name, memberId.orElse(null), Paged.offset(page, Paged.DEFAULT_SIZE),
            Paged.DEFAULT_SIZE);
        long total = mapper.countDirectory(name, memberId.orElse(null));
        return new Paged<>(withTags(rows), page, total, Paged.DEFAULT_SIZE);
    }

    /**
     * Groups whose name contains the text (ignoring case; all when blank), most active first, in pages
     * of the caller's size: the admin console's list.
     */
    public List<Group> search(String nameFilter, long offset, int limit) {
        return withTags(mapper.directory(escapeLike(nameFilter.strip()), null, offset, limit));
    }

    /** How many groups {@link #search} finds in all. */
    public long searchCount(String nameFilter) {
        return mapper.countDirectory(escapeLike(nameFilter.strip()), null);
    }

    /** The most active groups, for the start page. */
    public List<Group> top(int limit) {
        return withTags(mapper.topByScore(limit));
    }

    public long count() {
        return mapper.countGroups();
    }

    /** Recomputes every group's activity score from its members and subscribers; a periodic task calls it. */
    public int updateScores() {
        // TODO(#4): count recent content and comments too, as grouprise does.
        return transactions.inTransaction(mapper::updateScores);
    }

    /**
     * Deletes a group with its memberships, subscriptions, tags and redirects (the database cascades)
     * and what the deletion steps remove (its content).
     * Not offered on the web, as in grouprise; the admin API and the chat bot call it.
     */
    public void delete(long groupId) {
        transactions.run(() -> {
            deletionSteps.forEach(step -> step.accept(groupId));
            mapper.deleteGroup(groupId);
        });
        LOGGER.info("Group {} deleted", groupId);
    }

    private String freeSlug(String name) {
        String base = Slug.slugify(name);
        if (base.isEmpty()) {
            base = "group";
        }
        base = base.substring(0, Math.min(base.length(), 45));
        String candidate = base;
        for (int suffix = 1; isUnavailable(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    private boolean isUnavailable(String slugKey) {
        return reservedSlugs.contains(slugKey) || mapper.countSlugKey(slugKey) > 0 || otherOwners.isTaken(slugKey);
    }

    private GroupSettings validated(GroupSettings settings) {
        String name = settings.name().strip();
        if (name.isEmpty()) {
            throw new GroupException("name", "field.required");
        }
        if (name.length() > MAX_NAME) {
            throw new GroupException("name", "field.tooLong");
        }
        String slug = settings.slug().strip();
        if (slug.isEmpty() || slug.length() > 50 || !slug.matches("[-a-zA-Z0-9_]+")) {
            throw new GroupException("slug", "slug.invalid");
        }
        if (settings.description().strip().length() > MAX_DESCRIPTION) {
            throw new GroupException("description", "group.description.tooLong");
        }
        String url = settings.url().strip();
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw new GroupException("url", "group.url.invalid");
        }
        String founded = settings.dateFounded().strip();
        if (!founded.isEmpty()) {
            try {
                LocalDate.parse(founded);
            } catch (DateTimeParseException e) {
                throw new GroupException("date_founded", "group.dateFounded.invalid");
            }
        }
        return new GroupSettings(name, slug, settings.description().strip(), settings.address().strip(), founded,
            url, settings.closed(), settings.tags());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Set<String> parseTags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String tag = part.strip().replaceFirst("^#", "");
            if (!tag.isEmpty() && tag.length() <= 100) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private Group withTags(GroupRow row) {
        return toGroup(row, tagsOf(List.of(row.id())).getOrDefault(row.id(), List.of()));
    }

    private List<Group> withTags(List<GroupRow> rows) {
        Map<Long, List<String>> tags = tagsOf(rows.stream().map(GroupRow::id).toList());
        List<Group> groups = new ArrayList<>();
        rows.forEach(row -> groups.add(toGroup(row, tags.getOrDefault(row.id(), List.of()))));
        return groups;
    }

    /** The tags of several groups in one query, not one per group. */
    private Map<Long, List<String>> tagsOf(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return mapper.tagsOf(groupIds).stream().collect(Collectors.groupingBy(GroupTag::groupId,
            Collectors.mapping(GroupTag::tag, Collectors.toList())));
    }

    private static Group toGroup(GroupRow row, List<String> tags) {
        return new Group(row.id(), row.name(), row.slug(), row.description(), row.descriptionHtml(), row.address(),
            row.url(),
            Optional.ofNullable(row.dateFounded()).map(LocalDate::parse), row.closed(), row.score(),
            Optional.ofNullable(row.avatar()), Optional.ofNullable(row.logo()), tags);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
