package dev.microtower.ui.map.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in world base layer, read from {@code /basemap/world.bin} (format in
 * docs/basemap.md). Loading only reads the bytes and the cell directories; a cell's geometry is
 * decoded when a tile first needs it and kept in a small LRU, so a tile touches only the cells
 * that cover it. Thread-safe.
 */
public final class WorldData {
    public static final String RESOURCE = "/basemap/world.bin";
    static final byte[] MAGIC = {'M', 'T', 'W', 'B'};
    static final int VERSION = 1;

    /** What a layer holds. The codes are the format's. */
    public enum Kind {
        LAND(1),
        COUNTRY_BORDERS(2),
        STATE_BORDERS(3),
        PLACES(4);

        final int code;

        Kind(int code) {
            this.code = code;
        }

        static Kind of(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown layer kind " + code);
        }
    }

    /** Polygons (even-odd rings) or lines of one cell, quantised to 0..extent across the buffered cell. */
    public record GeometryCell(boolean full, int[] partEnds, int[] coords) {}

    /** A named place; {@code zoomMask} bit z says whether its label is shown at zoom z (z >= 15 use bit 14). */
    public record Place(double worldX, double worldY, String name, int population, int zoomMask, boolean capital) {
        public boolean shownAt(int zoom) {
            return (zoomMask & (1 << Math.min(zoom, MAX_LABEL_ZOOM))) != 0;
        }
    }

    public static final int MAX_LABEL_ZOOM = 14;

    /** One layer for one zoom band; its cells are the tiles of {@code indexZoom}, grown by a margin. */
    public final class Layer {
        public final Kind kind;
        public final int minZoom;
        public final int maxZoom;
        public final int indexZoom;
        public final int extent;
        /** Margin around each cell as a fraction of the cell side. */
        public final double margin;

        private final int ordinal;
        private final long[] keys;
        private final int[] offsets;
        private final int[] lengths;
        private final byte[] flags;

        Layer(int ordinal, Kind kind, int minZoom, int maxZoom, int indexZoom, int extent, double margin, int cells) {
            this.ordinal = ordinal;
            this.kind = kind;
            this.minZoom = minZoom;
            this.maxZoom = maxZoom;
            this.indexZoom = indexZoom;
            this.extent = extent;
            this.margin = margin;
            this.keys = new long[cells];
            this.offsets = new int[cells];
            this.lengths = new int[cells];
            this.flags = new byte[cells];
        }

        public int cellCount() {
            return keys.length;
        }

        public boolean covers(int zoom) {
            return zoom >= minZoom && zoom <= maxZoom;
        }

        /** The decoded geometry of cell x/y at {@code indexZoom}, or null when the cell is empty. */
        public GeometryCell geometry(long x, long y) {
            if (kind == Kind.PLACES) {
                throw new IllegalStateException("places layer has no geometry");
            }
            int i = find(x, y);
            if (i < 0) {
                return null;
            }
            if ((flags[i] & 1) != 0) {
                return FULL;
            }
            return (GeometryCell) cached(i, () -> decodeGeometry(offsets[i]));
        }

        /** The places of cell x/y in label priority order; empty when none. */
        @SuppressWarnings("unchecked")
        public List<Place> places(long x, long y) {
            if (kind != Kind.PLACES) {
                throw new IllegalStateException(kind + " layer has no places");
            }
            int i = find(x, y);
            if (i < 0) {
                return List.of();
            }
            return (List<Place>) cached(i, () -> decodePlaces(offsets[i], x, y));
        }

        /** World-unit origin and size of the buffered cell (what 0 and extent map to). */
        public double bufferedOriginX(long x) {
            return (x - margin) / (double) (1L << indexZoom);
        }

        public double bufferedOriginY(long y) {
            return (y - margin) / (double) (1L << indexZoom);
        }

        public double bufferedSize() {
            return (1 + 2 * margin) / (1L << indexZoom);
        }

        private int find(long x, long y) {
            return Arrays.binarySearch(keys, key(x, y));
        }

        private Object cached(int i, java.util.function.Supplier<Object> decoder) {
            long cacheKey = ((long) ordinal << 48) | i;
            synchronized (decoded) {
                Object hit = decoded.get(cacheKey);
                if (hit != null) {
                    return hit;
                }
            }
            Object value = decoder.get();
            synchronized (decoded) {
                decoded.put(cacheKey, value);
            }
            return value;
        }

        private GeometryCell decodeGeometry(int offset) {
            ByteBuffer in = data.duplicate().position(offset);
            int parts = readVarint(in);
            int[] ends = new int[parts];
            int[] coords = new int[64];
            int n = 0;
            int px = 0;
            int py = 0;
            for (int p = 0; p < parts; p++) {
                int count = readVarint(in);
                if (coords.length < (n + count) * 2) {
                    coords = Arrays.copyOf(coords, Math.max(coords.length * 2, (n + count) * 2));
                }
                for (int k = 0; k < count; k++) {
                    px += zigzag(readVarint(in));
                    py += zigzag(readVarint(in));
                    coords[2 * n] = px;
                    coords[2 * n + 1] = py;
                    n++;
                }
                ends[p] = n;
            }
            return new GeometryCell(false, ends, Arrays.copyOf(coords, 2 * n));
        }

        private List<Place> decodePlaces(int offset, long cx, long cy) {
            ByteBuffer in = data.duplicate().position(offset);
            int count = readVarint(in);
            List<Place> places = new ArrayList<>(count);
            double ox = bufferedOriginX(cx);
            double oy = bufferedOriginY(cy);
            double unit = bufferedSize() / extent;
            int qx = 0;
            int qy = 0;
            for (int k = 0; k < count; k++) {
                qx += zigzag(readVarint(in));
                qy += zigzag(readVarint(in));
                int population = readVarint(in);
                int mask = readVarint(in);
                boolean capital = (in.get() & 1) != 0;
                byte[] name = new byte[readVarint(in)];
                in.get(name);
                places.add(new Place(
                        ox + qx * unit,
                        oy + qy * unit,
                        new String(name, StandardCharsets.UTF_8),
                        population,
                        mask,
                        capital));
            }
            return Collections.unmodifiableList(places);
        }
    }

    static final GeometryCell FULL = new GeometryCell(true, new int[0], new int[0]);
    private static final int DECODED_CELLS = 1024;

    private final ByteBuffer data;
    private final List<Layer> layers;
    private final Map<Long, Object> decoded = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > DECODED_CELLS;
        }
    };

    private WorldData(ByteBuffer data, List<Layer> layers) {
        this.data = data;
        this.layers = layers;
    }

    private static final class Shared {
        static final WorldData INSTANCE = loadResource();
    }

    /** The copy bundled in the jar, read on first use (call from a background thread). */
    public static WorldData shared() {
        return Shared.INSTANCE;
    }

    private static WorldData loadResource() {
        try (InputStream in = WorldData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in base map " + RESOURCE + " is missing from the jar");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in base map " + RESOURCE, e);
        }
    }

    /** Reads the header and cell directories; cell contents stay encoded until asked for. */
    public static WorldData parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        byte[] magic = new byte[4];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a Microtower world base map (bad magic)");
        }
        int version = Short.toUnsignedInt(in.getShort());
        if (version != VERSION) {
            throw new IllegalArgumentException("world base map version " + version + ", expected " + VERSION);
        }
        int layerCount = Byte.toUnsignedInt(in.get());
        List<Layer> layers = new ArrayList<>(layerCount);
        WorldData world = new WorldData(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), layers);
        int blobOffset = 0;
        for (int l = 0; l < layerCount; l++) {
            Kind kind = Kind.of(Byte.toUnsignedInt(in.get()));
            int minZoom = Byte.toUnsignedInt(in.get());
            int maxZoom = Byte.toUnsignedInt(in.get());
            int indexZoom = Byte.toUnsignedInt(in.get());
            int extent = in.getInt();
            double margin = Short.toUnsignedInt(in.getShort()) / 1024.0;
            int cells = in.getInt();
            Layer layer = world.new Layer(l, kind, minZoom, maxZoom, indexZoom, extent, margin, cells);
            long previous = -1;
            for (int c = 0; c < cells; c++) {
                long x = readVarint(in);
                long y = readVarint(in);
                layer.keys[c] = key(x, y);
                if (layer.keys[c] <= previous) {
                    throw new IllegalArgumentException("cell directory of layer " + l + " not sorted");
                }
                previous = layer.keys[c];
                layer.flags[c] = in.get();
                layer.lengths[c] = readVarint(in);
                layer.offsets[c] = blobOffset;
                blobOffset += layer.lengths[c];
            }
            layers.add(layer);
        }
        int dataStart = in.position();
        if (dataStart + blobOffset != bytes.length) {
            throw new IllegalArgumentException("world base map is truncated or has trailing bytes");
        }
        for (Layer layer : layers) {
            for (int c = 0; c < layer.offsets.length; c++) {
                layer.offsets[c] += dataStart;
            }
        }
        return world;
    }

    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** The layer of that kind whose zoom band contains zoom, or null. */
    public Layer layer(Kind kind, int zoom) {
        for (Layer layer : layers) {
            if (layer.kind == kind && layer.covers(zoom)) {
                return layer;
            }
        }
        return null;
    }

    static long key(long x, long y) {
        return (y << 32) | x;
    }

    static int readVarint(ByteBuffer in) {
        int value = 0;
        int shift = 0;
        while (true) {
            byte b = in.get();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
            if (shift > 28) {
                throw new IllegalArgumentException("varint too long at " + in.position());
            }
        }
    }

    static int zigzag(int encoded) {
        return (encoded >>> 1) ^ -(encoded & 1);
    }
}
