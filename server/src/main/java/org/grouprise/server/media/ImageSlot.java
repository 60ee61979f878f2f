package org.grouprise.server.media;

import org.grouprise.server.db.Transactions;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One place for an image, such as a person's avatar or a group's logo: replacing stores the new
 * renditions first, records the new key in a transaction, and deletes the old files only after the
 * commit, so that a failure on either side leaves the previous image intact and no orphan files.
 */
public final class ImageSlot {
    private final ImageStore store;
    private final Transactions transactions;
    private final Set<Rendition> renditions;

    public ImageSlot(ImageStore store, Transactions transactions, Set<Rendition> renditions) {
        this.store = store;
        this.transactions = transactions;
        this.renditions = Set.copyOf(renditions);
    }

    /**
     * Stores the upload; {@code swapKey} runs in the transaction, saves the new key (or none) and
     * answers the key it replaced.
     *
     * @throws ImageRejected when the upload is no image the store takes; nothing changes then
     */
    public void replace(InputStream content, Function<Optional<String>, Optional<String>> swapKey) {
        StoredImage stored = store.store(content, renditions);
        try {
            swap(Optional.of(stored.key()), swapKey);
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    /** Removes the image: {@code swapKey} clears the key and answers the one it replaced. */
    public void remove(Function<Optional<String>, Optional<String>> swapKey) {
        swap(Optional.empty(), swapKey);
    }

    private void swap(Optional<String> newKey, Function<Optional<String>, Optional<String>> swapKey) {
        transactions.run(() -> swapKey.apply(newKey)
            .ifPresent(previous -> transactions.afterCommit(() -> store.delete(previous))));
    }
}
