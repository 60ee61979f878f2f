package org.grouprise.server.site;

import org.apache.ibatis.annotations.Param;

import java.util.Optional;

/** Named values the server keeps about the site itself. */
interface SitePropertyMapper {

    Optional<String> find(@Param("name") String name);

    void insert(@Param("name") String name, @Param("value") String value);
}
