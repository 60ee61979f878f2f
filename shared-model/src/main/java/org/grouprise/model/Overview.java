package org.grouprise.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The health of an instance at a glance, for the console's dashboard.
 *
 * @param mailQueue how many outgoing mails have each status ({@code queued}, {@code sending}, {@code sent},
 *     {@code failed}); every status is present
 * @param taskRunnerRunning whether the background tasks run in this server process
 * @param version the server's version, {@code development} when it does not run from a released jar
 * @param databaseEngine {@code sqlite} or {@code postgresql}
 */
public record Overview(
        Counts counts,
        Map<String, Long> mailQueue,
        boolean taskRunnerRunning,
        List<ListenerInfo> listeners,
        String version,
        Instant startedAt,
        long uptimeSeconds,
        JvmMemory memory,
        String databaseEngine) {

    public Overview {
        mailQueue = Map.copyOf(mailQueue);
        listeners = List.copyOf(listeners);
    }

    /** How many there are of what the instance holds. */
    public record Counts(long people, long publicPeople, long groups) {
    }

    /** A listener the server runs: {@code web}, {@code lmtp} or {@code admin-api}, with where it is bound. */
    public record ListenerInfo(String name, String host, int port) {
    }

    /** The JVM's heap in bytes; {@code max} is -1 when the JVM sets no limit. */
    public record JvmMemory(long heapUsed, long heapCommitted, long heapMax) {
    }
}
