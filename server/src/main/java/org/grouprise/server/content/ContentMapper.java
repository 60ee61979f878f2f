package org.grouprise.server.content;

import org.apache.ibatis.annotations.Param;
import org.grouprise.server.db.NewRow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Content, associations, versions, tags, former slugs and contributions. */
interface ContentMapper {

    void insertContent(NewRow row);

    void insertAssociation(NewRow row);

    void insertVersion(@Param("contentId") long contentId, @Param("authorId") long authorId,
        @Param("title") String title, @Param("text") String text, @Param("now") Instant now);

    void deleteTags(@Param("contentId") long contentId);

    void insertTag(@Param("contentId") long contentId, @Param("tagSlug") String tagSlug, @Param("tag") String tag);

    List<Tag> tagsOf(@Param("contentId") long contentId);

    int countSlug(@Param("groupId") Long groupId, @Param("personId") Long personId, @Param("slug") String slug);

    Optional<ItemRow> findItem(@Param("associationId") long associationId);

    Optional<ItemRow> findBySlug(@Param("groupId") Long groupId, @Param("personId") Long personId,
        @Param("slug") String slug);

    Optional<Long> findRedirect(@Param("groupId") Long groupId, @Param("personId") Long personId,
        @Param("oldSlug") String oldSlug);

    void deleteRedirect(@Param("oldSlug") String oldSlug, @Param("associationId") long associationId);

    void insertRedirect(@Param("oldSlug") String oldSlug, @Param("associationId") long associationId);

    Optional<Instant> memberSince(@Param("groupId") long groupId, @Param("personId") long personId);

    void updateContent(@Param("contentId") long contentId, @Param("title") String title, @Param("text") String text,
        @Param("html") String html, @Param("now") Instant now);

    void updateAssociation(@Param("associationId") long associationId, @Param("isPublic") boolean isPublic,
        @Param("pinned") boolean pinned, @Param("slug") String slug);

    void softDelete(@Param("associationId") long associationId, @Param("now") Instant now);

    List<ItemRow> stream(@Param("filter") StreamFilter filter, @Param("listerId") Long listerId,
        @Param("offset") long offset, @Param("limit") int limit);

    long countStream(@Param("filter") StreamFilter filter, @Param("listerId") Long listerId);

    Optional<String> tagName(@Param("tagSlug") String tagSlug);

    List<VersionRow> versions(@Param("contentId") long contentId);

    void insertContribution(NewRow row);

    Optional<ContributionRow> findContribution(@Param("id") long id);

    List<ContributionRow> contributions(@Param("contentId") long contentId, @Param("withInternal") boolean withInternal,
        @Param("readerId") Long readerId);

    void softDeleteContribution(@Param("id") long id, @Param("now") Instant now);

    void reassignContents(@Param("from") long from, @Param("to") long to);

    void reassignVersions(@Param("from") long from, @Param("to") long to);

    void reassignContributions(@Param("from") long from, @Param("to") long to);

    void retirePersonalAssociations(@Param("from") long from, @Param("to") long to, @Param("now") Instant now);

    List<GroupChoice> groupsOf(@Param("personId") long personId);

    void deleteGroupContents(@Param("groupId") long groupId);
}
