package org.grouprise.server.adminapi;

import org.grouprise.model.Overview.ListenerInfo;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the composition root knows about the running process and the admin API shows: answered late
 * (suppliers) because the listeners start after the API is built.
 */
public record ServerFacts(BooleanSupplier taskRunnerRunning, Supplier<List<ListenerInfo>> listeners, String version,
        Instant startedAt) {
}
