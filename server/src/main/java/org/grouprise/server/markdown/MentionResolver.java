package org.grouprise.server.markdown;

import java.util.Optional;

/**
 * Answers what a mention points to; the groups, accounts and content features answer it, so that this
 * package needs to know none of them. Slugs arrive as written: matching exactly first and then ignoring
 * case, as grouprise does, is the resolver's business.
 */
public interface MentionResolver {
    /** A resolver that knows nobody: every mention renders as unknown. */
    MentionResolver NONE = ref -> Optional.empty();

    Optional<MentionTarget> resolve(MentionRef ref);
}
