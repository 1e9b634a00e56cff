package dev.microtower.app;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.network.store.NodeRepository;

/**
 * What the window asks about a database it has just opened, without knowing the stores: whether
 * it holds no network yet, so that the first start can fill it. Toolkit-free.
 */
public final class FirstLoad {
    private FirstLoad() {}

    /** True when the baseline has no site: a new database, or one that was never filled. */
    public static boolean isEmpty(Session session) {
        return session.get(NodeRepository.class).count(ScenarioId.BASELINE) == 0;
    }
}
