package org.grouprise.server.markdown;

import org.commonmark.node.CustomNode;

import java.util.Optional;

/** An {@code @slug} or {@code @slug/content} found in the text, with what it resolved to, if anything. */
final class MentionNode extends CustomNode {
    private final MentionRef ref;
    private final Optional<MentionTarget> target;

    MentionNode(MentionRef ref, Optional<MentionTarget> target) {
        this.ref = ref;
        this.target = target;
    }

    MentionRef ref() {
        return ref;
    }

    Optional<MentionTarget> target() {
        return target;
    }
}
