package org.grouprise.server.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tags and mentions in the parsed text and replaces them with {@link TagNode}s and {@link MentionNode}s.
 * Working on the tree rather than on the source is what keeps them out of code spans, code blocks, link texts
 * and URLs (autolinks are links by now): only plain {@link Text} outside links is searched. One instance serves
 * one text.
 */
final class InlineReferences {
    /**
     * grouprise's rule: a {@code #} or {@code @} that no word character or slash precedes. Tags allow {@code :},
     * {@code _} and {@code -} inside; mention slugs are Django slugs.
     */
    static final Pattern TAG_OR_MENTION = Pattern.compile(
        "(?<![\\w/#@&])(?:#(?<tag>\\w[\\w:-]*)|@(?<entity>[A-Za-z0-9_-]+)(?:/(?<content>[A-Za-z0-9_-]+))?)",
        Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MENTION_TARGET = Pattern.compile("@([A-Za-z0-9_-]+)(?:/([A-Za-z0-9_-]+))?");
    /** A sentence may go on after a tag ("#klima: ..."); the punctuation is not part of it. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:-]+$");

    private final MentionResolver resolver;
    private final Map<String, String> tagsByLowerCase = new LinkedHashMap<>();
    private final Map<MentionRef, Optional<MentionTarget>> mentions = new LinkedHashMap<>();

    InlineReferences(MentionResolver resolver) {
        this.resolver = resolver;
    }

    void apply(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                resolveLinkTarget(link);
            }

            @Override
            public void visit(Image image) {
                // The alt text is an attribute, not a place for links.
            }
        });

        texts.forEach(this::split);
    }

    Set<String> tags() {
        return new LinkedHashSet<>(tagsByLowerCase.values());
    }

    Set<MentionRef> mentions() {
        return mentions.keySet();
    }

    /** The tags in a text that is not markdown, such as a title. */
    static Set<String> tagsIn(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = TAG_OR_MENTION.matcher(text);
        while (matcher.find()) {
            tagName(matcher).ifPresent(name -> found.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        }
        return new LinkedHashSet<>(found.values());
    }

    /** {@code [label](@slug)} links the label to the group or person, as in grouprise. */
    private void resolveLinkTarget(Link link) {
        Matcher matcher = MENTION_TARGET.matcher(link.getDestination());
        if (!matcher.matches()) {
            return;
        }
        MentionRef ref = new MentionRef(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
        resolve(ref).ifPresent(target -> link.setDestination(target.url()));
    }

    private void split(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = TAG_OR_MENTION.matcher(literal);
        int done = 0;
        while (matcher.find()) {
            Optional<Node> node = nodeFor(matcher);
            if (node.isPresent()) {
                insertText(text, literal.substring(done, matcher.start()));
                text.insertBefore(node.get());
                done = matcher.start() + 1 + length(node.get(), matcher);
            }
        }
        if (done > 0) {
            insertText(text, literal.substring(done));
            text.unlink();
        }
    }

    private Optional<Node> nodeFor(Matcher matcher) {
        if (matcher.group("tag") != null) {
            Optional<String> name = tagName(matcher);
            name.ifPresent(tag -> tagsByLowerCase.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
            return name.map(TagNode::new);
        }
        String content = matcher.group("content");
        MentionRef ref = new MentionRef(matcher.group("entity"), content == null ? "" : content);
        return Optional.of(new MentionNode(ref, resolve(ref)));
    }

    /** The characters after the sign that the node stands for; trailing punctuation of a tag stays text. */
    private static int length(Node node, Matcher matcher) {
        return node instanceof TagNode tag ? tag.name().length() : matcher.end() - matcher.start() - 1;
    }

    private static Optional<String> tagName(Matcher matcher) {
        if (matcher.group("tag") == null) {
            return Optional.empty();
        }
        String name = TRAILING_PUNCTUATION.matcher(matcher.group("tag")).replaceAll("");
        return Slugs.slugify(name).isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private Optional<MentionTarget> resolve(MentionRef ref) {
        return mentions.computeIfAbsent(ref, resolver::resolve);
    }

    private static void insertText(Text before, String literal) {
        if (!literal.isEmpty()) {
            before.insertBefore(new Text(literal));
        }
    }
}
