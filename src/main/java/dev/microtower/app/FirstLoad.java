package dev.microtower.app;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.demo.DemoDatabase;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.store.DatabaseImage;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What the window asks on a first start, without knowing the stores: whether a database it has just
 * opened holds no network yet, so that the first start can fill it, and the ready-made demo
 * database to place where there is none yet. Toolkit-free.
 */
public final class FirstLoad {
    private FirstLoad() {}

    /**
     * On a first start: unpacks the demo network the build made ({@link DemoDatabase#RESOURCE}) as
     * the database at {@code path} if no database is there yet. Returns whether it did; false also
     * when this build carries no ready-made demo (then the window imports the demo files instead).
     */
    public static boolean placeDemo(Path path) {
        if (FirstLoad.class.getClassLoader().getResource(DemoDatabase.RESOURCE) == null) {
            return false;
        }
        return DatabaseImage.placeIfAbsent(path, () -> {
            InputStream in = FirstLoad.class.getClassLoader().getResourceAsStream(DemoDatabase.RESOURCE);
            if (in == null) {
                throw new FileNotFoundException("the ready-made demo network is missing from this build");
            }
            return in;
        });
    }

    /** True when the baseline has no site: a new database, or one that was never filled. */
    public static boolean isEmpty(Session session) {
        return session.get(NodeRepository.class).count(ScenarioId.BASELINE) == 0;
    }
}
