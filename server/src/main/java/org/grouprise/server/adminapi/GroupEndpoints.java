package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.GroupSummary;
import org.grouprise.model.Page;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;

import java.util.List;

/** The groups of the instance, searchable by name, for the console's groups view. */
final class GroupEndpoints {
    private final GroupService groups;

    GroupEndpoints(GroupService groups) {
        this.groups = groups;
    }

    void register(ApiRouter router) {
        router.staff("GET", ApiPaths.GROUPS, this::list);
    }

    private Object list(ApiRequest request) {
        String text = request.query("q").orElse("");
        Paging paging = Paging.of(request);
        List<GroupSummary> items = groups.search(text, paging.offset(), paging.size()).stream()
            .map(GroupEndpoints::summary).toList();
        return new Page<>(items, groups.searchCount(text), paging.page(), paging.size());
    }

    private static GroupSummary summary(Group group) {
        return new GroupSummary(group.id(), group.name(), group.slug(), group.closed(), group.score(), group.tags());
    }
}
