package org.grouprise.archfixture.security;

import org.grouprise.archfixture.accounts.AccountService;

/** Breaks the rule that infrastructure knows no feature. */
public final class FeatureAwareHasher {
    public String hashFor(AccountService accounts, long id) {
        return accounts.name(id);
    }
}
