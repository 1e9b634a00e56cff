package dev.microtower.ui.map.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseMapTilesTest {
    @TempDir
    Path dir;

    private static final TileKey BAY = TileKey.containing(11, 37.75, -122.3);

    /** Counts how often the built-in source really renders. */
    private static final class CountingSource implements TileSource {
        final BuiltInTileSource inner = new BuiltInTileSource();
        final AtomicInteger renders = new AtomicInteger();

        @Override
        public String diskCacheId() {
            return inner.diskCacheId();
        }

        @Override
        public String attribution() {
            return inner.attribution();
        }

        @Override
        public int maxZoom() {
            return inner.maxZoom();
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public TileImage fetch(TileKey key) {
            renders.incrementAndGet();
            return inner.fetch(key);
        }
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < 256; y += 3) {
            for (int x = 0; x < 256; x += 3) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aSecondRunFindsTheTileInTheDiskCacheWithoutRendering() {
        CountingSource first = new CountingSource();
        BaseMapTiles run1 = new BaseMapTiles(new TileCache(dir, 16));
        run1.use(first);
        BufferedImage rendered = run1.tileNow(BAY);
        assertEquals(1, first.renders.get());
        assertTrue(Files.isRegularFile(new TileCache(dir, 16).file(first.diskCacheId(), BAY)));

        CountingSource second = new CountingSource(); // a fresh start: empty memory cache
        BaseMapTiles run2 = new BaseMapTiles(new TileCache(dir, 16));
        run2.use(second);
        assertSamePixels(rendered, run2.tileNow(BAY));
        assertEquals(0, second.renders.get());
    }

    @Test
    void aSourceListenerIsToldWhileItsOwnerKeepsItAndLetGoOfAfter() throws Exception {
        BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir, 16));
        List<TileSource> told = new CopyOnWriteArrayList<>();
        Consumer<TileSource> kept = told::add;
        tiles.addSourceListener(kept);
        // a map that is gone: nothing but the shared tiles refers to its listener
        Consumer<TileSource> dropped = source -> told.add(source);
        WeakReference<Consumer<TileSource>> gone = new WeakReference<>(dropped);
        tiles.addSourceListener(dropped);
        dropped = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (gone.get() != null && System.nanoTime() < until) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(gone.get(), "the shared tiles kept the listener of a map that is gone (and so its window)");
        CountingSource source = new CountingSource();
        tiles.use(source);
        assertEquals(List.of(source), told, "the kept listener is told once, the dropped one not at all");
    }

    @Test
    void theMemoryCacheAnswersRepeatedRequestsAtOnce() throws Exception {
        CountingSource source = new CountingSource();
        BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir, 16));
        tiles.use(source);
        BufferedImage first = tiles.tile(BAY).get(30, TimeUnit.SECONDS);
        var again = tiles.tile(BAY);
        assertTrue(again.isDone(), "a cached tile comes back completed");
        assertEquals(first, again.get());
        assertEquals(1, source.renders.get());
    }

    @Test
    void anUnreachableServerFallsBackToTheBuiltInTileWithoutThrowing() {
        BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir, 16));
        XyzTileSource offline = new XyzTileSource(
                BaseMapSettings.onlineXyz("http://127.0.0.1:9/{z}/{x}/{y}.png", "Nobody", 19, null), tiles.builtIn());
        tiles.use(offline);
        BufferedImage shown = tiles.tileNow(BAY);
        assertSamePixels(tiles.builtIn().fetch(BAY).image(), shown);
        assertTrue(offline.isFailing());
        // the stand-in is not remembered as the server's tile
        assertFalse(Files.exists(new TileCache(dir, 16).file(offline.diskCacheId(), BAY)));
        assertEquals("Nobody", tiles.attribution());
    }

    @Test
    void onlineTilesAreFetchedWithTheUserAgentAndKeptOnDisk() throws Exception {
        BufferedImage red = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        byte[] png = TileCache.png(red);
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
            BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir, 16));
            tiles.apply(BaseMapSettings.onlineXyz(url, "© Test server", 19, "MicrotowerTest/1"));
            BufferedImage shown = tiles.tileNow(BAY);
            assertEquals(Color.RED.getRGB(), shown.getRGB(100, 100));
            assertEquals(
                    List.of("/tiles/" + BAY.z() + "/" + BAY.x() + "/" + BAY.y() + ".png MicrotowerTest/1"), requests);
            Path cached = new TileCache(dir, 16).file(tiles.source().diskCacheId(), BAY);
            assertArrayEquals(png, Files.readAllBytes(cached), "the server's own bytes are cached");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void settingsSurviveASaveAndLoad() {
        Path file = dir.resolve("config").resolve(BaseMapSettings.FILE_NAME);
        BaseMapSettings settings = new BaseMapSettings(
                BaseMapSettings.Kind.MBTILES,
                "https://tiles.example.org/{z}/{x}/{y}.png",
                "© Example",
                17,
                "Agent/2",
                dir.resolve("bay area.mbtiles"));
        settings.save(file);
        assertEquals(settings, BaseMapSettings.load(file));
    }

    @Test
    void aMissingOrBrokenSettingsFileMeansTheBuiltInMap() throws IOException {
        assertEquals(BaseMapSettings.builtIn(), BaseMapSettings.load(dir.resolve("absent.properties")));
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "kind=SATELLITE\nxyz.maxZoom=lots\n");
        assertEquals(BaseMapSettings.builtIn(), BaseMapSettings.load(broken));
    }

    @Test
    void cacheAndConfigFoldersFollowEachOperatingSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/.cache/microtower"), UserFolders.cache(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/microtower"), UserFolders.cache(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", home));
        assertEquals(
                Path.of("C:/Users/ana/AppData/Local/Microtower/cache"),
                UserFolders.cache(Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "Windows 11", home));
        assertEquals(Path.of("/home/ana/Library/Caches/Microtower"), UserFolders.cache(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/home/ana/.config/microtower"), UserFolders.config(Map.of(), "Linux", home));
    }
}
