package org.grouprise.server.markdown;

import java.util.Map;
import java.util.Optional;

/** A resolver that knows one person, one group and one article of that group. */
final class TestMentions implements MentionResolver {
    private static final Map<MentionRef, MentionTarget> KNOWN = Map.of(
        MentionRef.entity("anna"), new MentionTarget("Anna Arendt", "/anna/"),
        MentionRef.entity("umwelt"), new MentionTarget("AG Umwelt", "/umwelt/"),
        MentionRef.content("umwelt", "plan"), new MentionTarget("Der Plan", "/umwelt/plan/"));

    @Override
    public Optional<MentionTarget> resolve(MentionRef ref) {
        return Optional.ofNullable(KNOWN.get(ref));
    }
}
