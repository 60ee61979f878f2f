package org.grouprise.server.groups;

import org.apache.ibatis.annotations.Param;
import org.grouprise.server.db.NewRow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Groups, their tags and former slugs. */
interface GroupMapper {

    void insertGroup(NewRow row);

    Optional<GroupRow> findById(@Param("id") long id);

    Optional<GroupRow> findBySlugKey(@Param("slugKey") String slugKey);

    Optional<Long> findRedirect(@Param("oldSlugKey") String oldSlugKey);

    int countSlugKey(@Param("slugKey") String slugKey);

    void updateSettings(@Param("id") long id, @Param("settings") GroupSettings settings,
        @Param("slugKey") String slugKey, @Param("descriptionHtml") String descriptionHtml,
        @Param("dateFounded") String dateFounded, @Param("now") Instant now);

    void insertRedirect(@Param("oldSlugKey") String oldSlugKey, @Param("groupId") long groupId);

    void deleteRedirect(@Param("oldSlugKey") String oldSlugKey);

    void deleteTags(@Param("groupId") long groupId);

    void insertTag(@Param("groupId") long groupId, @Param("tag") String tag);

    List<GroupTag> tagsOf(@Param("groupIds") Collection<Long> groupIds);

    List<GroupRow> directory(@Param("name") String name, @Param("memberId") Long memberId,
        @Param("offset") long offset, @Param("limit") int limit);

    long countDirectory(@Param("name") String name, @Param("memberId") Long memberId);

    int updateScores();

    void updateImages(@Param("id") long id, @Param("avatar") String avatar, @Param("logo") String logo,
        @Param("now") Instant now);

    void deleteGroup(@Param("id") long id);

    long countGroups();

    List<GroupRow> topByScore(@Param("limit") int limit);
}
