package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The base map as the rest of the application sees it: the current {@link TileSource}, the
 * caches in front of it and the worker threads that fill them. One instance ({@link #shared()})
 * backs the Gluon {@code MapView} through {@link MicrotowerTileRetriever}; tests make their own.
 *
 * <p>Tiles are produced on two daemon worker threads, never on the JavaFX thread. Switching the
 * source with {@link #use} takes effect for every tile asked for afterwards; tiles the
 * {@code MapView} already shows stay until it asks again, so the window rebuilds its map view
 * when a source change is announced to {@link #addSourceListener} listeners.
 */
public final class BaseMapTiles {
    private static final System.Logger LOG = System.getLogger(BaseMapTiles.class.getName());
    private static final int MEMORY_TILES = 384;
    public static final String CACHE_PROPERTY = "microtower.tileCache";

    private static final class Shared {
        static final BaseMapTiles INSTANCE = new BaseMapTiles(new TileCache(cacheRoot(), MEMORY_TILES));

        /** The system property {@value #CACHE_PROPERTY} moves the disk cache (tests, portable installs). */
        private static java.nio.file.Path cacheRoot() {
            String override = System.getProperty(CACHE_PROPERTY, "");
            return override.isBlank() ? UserFolders.cache().resolve("tiles") : java.nio.file.Path.of(override);
        }
    }

    private final TileCache cache;
    private final BuiltInTileSource builtIn = new BuiltInTileSource();
    private final ExecutorService workers;
    // held weakly: the tiles are shared by every map of the JVM, and a map that listened strongly
    // would be kept, with its window, for as long as the JVM runs (each test's window was)
    private final List<WeakReference<Consumer<TileSource>>> listeners = new CopyOnWriteArrayList<>();
    private volatile TileSource source = builtIn;

    public BaseMapTiles(TileCache cache) {
        this.cache = cache;
        this.workers = Executors.newFixedThreadPool(2, new WorkerThreads());
    }

    /** The application-wide instance, caching in the user cache folder. */
    public static BaseMapTiles shared() {
        return Shared.INSTANCE;
    }

    public TileSource source() {
        return source;
    }

    /** The always-present built-in source, also the fallback of the others. */
    public BuiltInTileSource builtIn() {
        return builtIn;
    }

    /** Credit line of the current source, for the attribution label on the map. */
    public String attribution() {
        return source.attribution();
    }

    /**
     * Builds the source the settings describe and switches to it. Call from a background task:
     * opening an MBTiles file reads it. On failure the current source stays and the exception's
     * message is ready for a dialog.
     */
    public TileSource apply(BaseMapSettings settings) throws BaseMapException {
        TileSource next =
                switch (settings.kind()) {
                    case BUILT_IN -> builtIn;
                    case ONLINE_XYZ -> {
                        try {
                            yield new XyzTileSource(settings, builtIn);
                        } catch (IllegalArgumentException e) {
                            throw new BaseMapException(
                                    "The online tile address " + settings.urlTemplate() + " cannot be used: "
                                            + e.getMessage(),
                                    e);
                        }
                    }
                    case MBTILES -> {
                        if (settings.mbtilesPath() == null) {
                            throw new BaseMapException("No MBTiles file chosen.");
                        }
                        yield MbTilesSource.open(settings.mbtilesPath(), builtIn);
                    }
                };
        use(next);
        return next;
    }

    /** Switches to another source and closes the previous one (the built-in one is never closed). */
    public void use(TileSource next) {
        TileSource previous = source;
        source = Objects.requireNonNull(next);
        cache.clearMemory();
        LOG.log(System.Logger.Level.INFO, "Base map: " + next.describe());
        if (previous != next && previous != builtIn) {
            previous.close();
        }
        for (WeakReference<Consumer<TileSource>> reference : listeners) {
            Consumer<TileSource> listener = reference.get();
            if (listener == null) {
                listeners.remove(reference);
            } else {
                listener.accept(next);
            }
        }
    }

    /**
     * Told of every source change (on the thread that made it) for as long as the caller keeps
     * {@code listener}: it is held weakly, so a map that is gone is not kept by the shared tiles.
     */
    public void addSourceListener(Consumer<TileSource> listener) {
        listeners.removeIf(reference -> reference.get() == null);
        listeners.add(new WeakReference<>(Objects.requireNonNull(listener)));
    }

    public void removeSourceListener(Consumer<TileSource> listener) {
        listeners.removeIf(reference -> reference.get() == null || reference.get() == listener);
    }

    /** The tile if it is in memory right now, else null. Cheap enough for the JavaFX thread. */
    public BufferedImage cachedTile(TileKey key) {
        TileSource s = source;
        return cache.fromMemory(memoryId(s), key);
    }

    /** The tile, produced on a worker thread unless it is already in memory. */
    public CompletableFuture<BufferedImage> tile(TileKey key) {
        BufferedImage hit = cachedTile(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        TileSource s = source;
        return CompletableFuture.supplyAsync(() -> tileNow(s, key), workers);
    }

    /** The tile, produced on the calling thread (tests, snapshots, benchmarks). */
    public BufferedImage tileNow(TileKey key) {
        return tileNow(source, key);
    }

    private BufferedImage tileNow(TileSource s, TileKey key) {
        String memoryId = memoryId(s);
        BufferedImage image = cache.fromMemory(memoryId, key);
        if (image != null) {
            return image;
        }
        String diskId = s.diskCacheId();
        if (diskId != null) {
            image = cache.fromDisk(diskId, key);
            if (image != null) {
                cache.toMemory(memoryId, key, image);
                return image;
            }
        }
        TileImage tile;
        try {
            tile = s.fetch(key);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Tile " + key + " from " + s.describe() + " failed: " + e);
            if (s == builtIn) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            return builtIn.fetch(key).image();
        }
        if (tile.cacheable()) {
            cache.toMemory(memoryId, key, tile.image());
            if (diskId != null) {
                cache.toDisk(diskId, key, tile);
            }
        }
        return tile.image();
    }

    private static String memoryId(TileSource s) {
        return s.getClass().getSimpleName() + "@" + System.identityHashCode(s);
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "basemap-tiles-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }
    }
}
