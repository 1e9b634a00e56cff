package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tile render times of the built-in base map, cold (cells decoded for the first time) and warm
 * (cells decoded, tile rendered again), over the Bay Area and over random places on the world,
 * against the cost of a disk-cache hit measured in the same run. Target: well under 50 ms a tile.
 */
@Tag("bench")
class BaseMapBench {
    @TempDir
    Path dir;

    @Test
    void renderTimesPerTile() throws IOException {
        long t0 = System.nanoTime();
        byte[] bytes;
        try (InputStream in = WorldData.class.getResourceAsStream(WorldData.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        long t1 = System.nanoTime();
        WorldData world = WorldData.parse(bytes);
        long t2 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "world.bin: %.1f MB, read from the jar/classpath %.0f ms, directory parsed %.0f ms%n",
                bytes.length / 1e6,
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6);

        System.out.println("zoom  area       tiles  cold p50/p95/max ms   warm p50/p95 ms");
        for (int z : new int[] {2, 5, 8, 10, 12, 14}) {
            report(world, z, "Bay Area", bayArea(z));
        }
        for (int z : new int[] {3, 6, 9, 12}) {
            report(world, z, "world", randomLand(world, z));
        }

        // The alternative to rendering: a disk-cache hit (read + PNG decode) of the same tiles.
        BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir, 4));
        List<TileKey> sample = bayArea(12);
        for (TileKey k : sample) {
            tiles.tileNow(k);
        }
        BaseMapTiles fresh = new BaseMapTiles(new TileCache(dir, 1));
        double[] hits = new double[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            long s = System.nanoTime();
            fresh.tileNow(sample.get(i));
            hits[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] render = time(new BuiltInRenderer(world), sample);
        System.out.printf(
                Locale.ROOT,
                "z12 Bay Area: disk-cache hit p50 %.2f ms vs warm render p50 %.2f ms (ratio %.1fx)%n",
                pct(hits, 50),
                pct(render, 50),
                pct(render, 50) / pct(hits, 50));
    }

    private static void report(WorldData world, int z, String area, List<TileKey> keys) {
        // A fresh WorldData per row: "cold" includes decoding the cells the tiles need.
        WorldData cold = WorldData.parse(copyOf(world));
        BuiltInRenderer renderer = new BuiltInRenderer(cold);
        double[] first = time(renderer, keys);
        double[] second = time(renderer, keys);
        System.out.printf(
                Locale.ROOT,
                "z%-3d  %-9s  %5d  %6.1f %6.1f %6.1f      %6.1f %6.1f%n",
                z,
                area,
                keys.size(),
                pct(first, 50),
                pct(first, 95),
                pct(first, 100),
                pct(second, 50),
                pct(second, 95));
    }

    private static byte[] bytesCache;

    private static byte[] copyOf(WorldData ignored) {
        if (bytesCache == null) {
            try (InputStream in = WorldData.class.getResourceAsStream(WorldData.RESOURCE)) {
                bytesCache = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return bytesCache;
    }

    private static double[] time(BuiltInRenderer renderer, List<TileKey> keys) {
        double[] ms = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            long s = System.nanoTime();
            BufferedImage image = renderer.render(keys.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
            if (image.getWidth() != 256) {
                throw new IllegalStateException();
            }
        }
        return ms;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** A 6x6 block of tiles centred on Oakland (fewer where the zoom has fewer). */
    private static List<TileKey> bayArea(int z) {
        TileKey c = TileKey.containing(z, 37.80, -122.27);
        long n = 1L << z;
        List<TileKey> keys = new ArrayList<>();
        for (long y = c.y() - 3; y < c.y() + 3; y++) {
            for (long x = c.x() - 3; x < c.x() + 3; x++) {
                if (x >= 0 && y >= 0 && x < n && y < n) {
                    keys.add(new TileKey(z, x, y));
                }
            }
        }
        return keys;
    }

    /** 40 random tiles whose land cell is not empty ocean (so there is something to draw). */
    private static List<TileKey> randomLand(WorldData world, int z) {
        Random random = new Random(42 + z);
        WorldData.Layer land = world.layer(WorldData.Kind.LAND, z);
        List<TileKey> keys = new ArrayList<>();
        long n = 1L << z;
        while (keys.size() < 40) {
            TileKey k = new TileKey(z, (long) (random.nextDouble() * n), (long) (random.nextDouble() * n));
            int shift = z - land.indexZoom;
            if (land.geometry(k.x() >> shift, k.y() >> shift) != null) {
                keys.add(k);
            }
        }
        return keys;
    }
}
