package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.Page;
import org.grouprise.model.PersonSummary;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.AccountSummary;

import java.util.List;

/** The people of the instance, searchable, for the console's people view. */
final class PeopleEndpoints {
    private final AccountService accounts;

    PeopleEndpoints(AccountService accounts) {
        this.accounts = accounts;
    }

    void register(ApiRouter router) {
        router.staff("GET", ApiPaths.PEOPLE, this::list);
    }

    /** {@code ?q=} matches part of the username, the name or an e-mail address, ignoring case. */
    private Object list(ApiRequest request) {
        String text = request.query("q").orElse("");
        Paging paging = Paging.of(request);
        List<PersonSummary> items = accounts.search(text, paging.offset(), paging.size()).stream()
            .map(PeopleEndpoints::summary).toList();
        return new Page<>(items, accounts.searchCount(text), paging.page(), paging.size());
    }

    private static PersonSummary summary(AccountSummary account) {
        return new PersonSummary(account.id(), account.username(), account.displayName(), account.staff(),
            account.active(), account.isPublic(), account.joinedAt(), account.lastLoginAt());
    }
}
