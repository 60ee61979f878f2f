package org.grouprise.server.groups;

import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.config.Settings;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.security.RateLimiter;

/**
 * What the mailed group actions (join, resign, subscribe and unsubscribe by e-mail, recommend) of
 * memberships and subscriptions share.
 */
public record GroupActionParts(GroupService groups, AccountService accounts, GroupActionTokens tokens,
        MailOutbox outbox, RateLimiter rateLimiter, Settings settings) {
}
