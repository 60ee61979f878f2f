package org.grouprise.server.accounts;

import org.apache.ibatis.annotations.Param;

import java.util.Optional;

/** The image keys of persons; the images themselves are in the image store. */
interface PersonImageMapper {

    Optional<PersonImageRow> findImageKeys(@Param("personId") long personId);

    void updateAvatarKey(@Param("personId") long personId, @Param("key") String key);

    void updateBackgroundKey(@Param("personId") long personId, @Param("key") String key);
}
