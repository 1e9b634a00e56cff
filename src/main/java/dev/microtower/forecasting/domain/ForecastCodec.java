package dev.microtower.forecasting.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a forecast, the demand history it was made from and the demand classes to a stream and
 * reads them back equal, to the last bit of every number (planning keeps them in the database, ADR
 * 0016). It lives beside the records it writes: a field added to {@link SeriesForecast}, {@link
 * DemandHistory}, {@link DemandClasses} or {@link NetworkForecast} must be added here too, and
 * {@code ForecastCodecTest} compares every field after a round trip. A change of format raises
 * {@link #FORMAT}; an older format is refused, never guessed at (the caller forecasts again).
 *
 * <p>Node and SKU codes are written once each and named by number; enum constants by name, so a
 * constant added or reordered does not shift the others. Daily demand is counted in whole units,
 * so a series whose days are all whole numbers is written as integers.
 */
public final class ForecastCodec {
    /** The format written; raise it with any change of what is written. */
    public static final int FORMAT = 1;

    private static final int MAGIC = 0x4d544643; // "MTFC"

    /** What one stream holds. */
    public record Parts(DemandHistory demand, DemandClasses classes, NetworkForecast forecast) {}

    private ForecastCodec() {}

    public static void write(Parts parts, DataOutputStream out) throws IOException {
        Codes codes = new Codes();
        parts.demand().series().keySet().forEach(codes::add);
        parts.forecast().series().keySet().forEach(codes::add);
        parts.classes().nodeAbc().keySet().forEach(codes::add);
        parts.classes().nodeXyz().keySet().forEach(codes::add);
        parts.classes().abc().keySet().forEach(codes::addSku);
        parts.classes().xyz().keySet().forEach(codes::addSku);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeStrings(out, codes.nodeList);
        writeStrings(out, codes.skuList);

        DemandHistory d = parts.demand();
        out.writeLong(d.firstDay().toEpochDay());
        out.writeInt(d.days());
        out.writeLong(d.ordersInZone());
        out.writeLong(d.ordersViaPickupPoint());
        out.writeLong(d.ordersToNearestNode());
        out.writeLong(d.ordersUnassigned());
        out.writeInt(d.series().size());
        for (var e : d.series().entrySet()) {
            codes.write(out, e.getKey());
            writeSeries(out, e.getValue());
        }

        DemandClasses c = parts.classes();
        writeSkuClasses(out, codes, c.abc());
        writeSkuClasses(out, codes, c.xyz());
        writeKeyClasses(out, codes, c.nodeAbc());
        writeKeyClasses(out, codes, c.nodeXyz());

        NetworkForecast f = parts.forecast();
        out.writeLong(f.firstDay().toEpochDay());
        out.writeInt(f.horizonDays());
        out.writeDouble(f.networkMase());
        out.writeDouble(f.networkMaseSeasonalNaive());
        out.writeInt(f.methodCounts().size());
        for (var e : f.methodCounts().entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeInt(e.getValue());
        }
        out.writeInt(f.series().size());
        for (var e : f.series().entrySet()) {
            SeriesForecast s = e.getValue();
            codes.write(out, e.getKey());
            codes.write(out, s.key());
            out.writeUTF(s.method().name());
            out.writeLong(s.firstDay().toEpochDay());
            writeSeries(out, s.daily());
            out.writeDouble(s.sigmaDaily());
            out.writeDouble(s.mase());
            out.writeDouble(s.maseSeasonalNaive());
            out.writeDouble(s.holdoutAbsError());
            out.writeDouble(s.holdoutAbsErrorSeasonalNaive());
            out.writeDouble(s.maseScale());
            out.writeInt(s.holdoutPoints());
            out.writeDouble(s.historyUnits());
        }
        out.writeInt(MAGIC);
    }

    /** Reads what {@link #write} wrote; an {@link IOException} when the stream is not of {@link #FORMAT}. */
    public static Parts read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a stored forecast");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("a stored forecast of format " + format + ", not " + FORMAT);
        }
        List<NodeCode> nodes = readStrings(in).stream().map(NodeCode::new).toList();
        List<SkuCode> skus = readStrings(in).stream().map(SkuCode::new).toList();
        Keys keys = new Keys(nodes, skus);

        LocalDate firstDay = LocalDate.ofEpochDay(in.readLong());
        int days = in.readInt();
        long inZone = in.readLong();
        long viaPickup = in.readLong();
        long nearest = in.readLong();
        long unassigned = in.readLong();
        int n = in.readInt();
        Map<SeriesKey, double[]> series = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            series.put(keys.read(in), readSeries(in));
        }
        DemandHistory demand = new DemandHistory(firstDay, days, series, inZone, viaPickup, nearest, unassigned);

        Map<SkuCode, AbcClass> abc = readSkuClasses(in, keys, AbcClass.class);
        Map<SkuCode, XyzClass> xyz = readSkuClasses(in, keys, XyzClass.class);
        Map<SeriesKey, AbcClass> nodeAbc = readKeyClasses(in, keys, AbcClass.class);
        Map<SeriesKey, XyzClass> nodeXyz = readKeyClasses(in, keys, XyzClass.class);
        DemandClasses classes = new DemandClasses(abc, xyz, nodeAbc, nodeXyz);

        LocalDate forecastFirst = LocalDate.ofEpochDay(in.readLong());
        int horizon = in.readInt();
        double mase = in.readDouble();
        double maseNaive = in.readDouble();
        int m = in.readInt();
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        for (int i = 0; i < m; i++) {
            counts.put(constant(ForecastMethod.class, in.readUTF()), in.readInt());
        }
        int s = in.readInt();
        Map<SeriesKey, SeriesForecast> forecasts = new HashMap<>(s * 2);
        for (int i = 0; i < s; i++) {
            SeriesKey mapKey = keys.read(in);
            forecasts.put(
                    mapKey,
                    new SeriesForecast(
                            keys.read(in),
                            constant(ForecastMethod.class, in.readUTF()),
                            LocalDate.ofEpochDay(in.readLong()),
                            readSeries(in),
                            in.readDouble(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readInt(),
                            in.readDouble()));
        }
        if (in.readInt() != MAGIC) {
            throw new IOException("a stored forecast that does not end where it should");
        }
        NetworkForecast forecast = new NetworkForecast(forecastFirst, horizon, forecasts, mase, maseNaive, counts);
        return new Parts(demand, classes, forecast);
    }

    private static final byte WHOLE = 0;
    private static final byte REAL = 1;

    private static void writeSeries(DataOutputStream out, double[] values) throws IOException {
        boolean whole = true;
        for (double v : values) {
            if (!(v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE)
                    || Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0)) {
                whole = false;
                break;
            }
        }
        out.writeInt(values.length);
        out.writeByte(whole ? WHOLE : REAL);
        for (double v : values) {
            if (whole) {
                out.writeInt((int) v);
            } else {
                out.writeDouble(v);
            }
        }
    }

    private static double[] readSeries(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        byte kind = in.readByte();
        for (int i = 0; i < values.length; i++) {
            values[i] = kind == WHOLE ? in.readInt() : in.readDouble();
        }
        return values;
    }

    private static <E extends Enum<E>> void writeSkuClasses(DataOutputStream out, Codes codes, Map<SkuCode, E> m)
            throws IOException {
        out.writeInt(m.size());
        for (var e : m.entrySet()) {
            out.writeInt(codes.skus.get(e.getKey()));
            out.writeUTF(e.getValue().name());
        }
    }

    private static <E extends Enum<E>> void writeKeyClasses(DataOutputStream out, Codes codes, Map<SeriesKey, E> m)
            throws IOException {
        out.writeInt(m.size());
        for (var e : m.entrySet()) {
            codes.write(out, e.getKey());
            out.writeUTF(e.getValue().name());
        }
    }

    private static <E extends Enum<E>> Map<SkuCode, E> readSkuClasses(DataInputStream in, Keys keys, Class<E> type)
            throws IOException {
        int n = in.readInt();
        Map<SkuCode, E> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(keys.sku(in.readInt()), constant(type, in.readUTF()));
        }
        return m;
    }

    private static <E extends Enum<E>> Map<SeriesKey, E> readKeyClasses(DataInputStream in, Keys keys, Class<E> type)
            throws IOException {
        int n = in.readInt();
        Map<SeriesKey, E> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(keys.read(in), constant(type, in.readUTF()));
        }
        return m;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws IOException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("a stored forecast names an unknown " + type.getSimpleName() + " " + name, e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    /** The node and SKU codes written, numbered in the order first met. */
    private static final class Codes {
        final Map<NodeCode, Integer> nodes = new HashMap<>();
        final Map<SkuCode, Integer> skus = new HashMap<>();
        final List<String> nodeList = new ArrayList<>();
        final List<String> skuList = new ArrayList<>();

        void add(SeriesKey key) {
            if (nodes.putIfAbsent(key.node(), nodes.size()) == null) {
                nodeList.add(key.node().value());
            }
            addSku(key.sku());
        }

        void addSku(SkuCode sku) {
            if (skus.putIfAbsent(sku, skus.size()) == null) {
                skuList.add(sku.value());
            }
        }

        void write(DataOutputStream out, SeriesKey key) throws IOException {
            out.writeInt(nodes.get(key.node()));
            out.writeInt(skus.get(key.sku()));
        }
    }

    /** The codes read back, and the keys made of them (one object per key, shared by the maps). */
    private static final class Keys {
        final List<NodeCode> nodes;
        final List<SkuCode> skus;
        final Map<Long, SeriesKey> made = new HashMap<>();

        Keys(List<NodeCode> nodes, List<SkuCode> skus) {
            this.nodes = nodes;
            this.skus = skus;
        }

        SkuCode sku(int i) throws IOException {
            if (i < 0 || i >= skus.size()) {
                throw new IOException("a stored forecast names SKU number " + i + " of " + skus.size());
            }
            return skus.get(i);
        }

        SeriesKey read(DataInputStream in) throws IOException {
            int node = in.readInt();
            int sku = in.readInt();
            if (node < 0 || node >= nodes.size()) {
                throw new IOException("a stored forecast names site number " + node + " of " + nodes.size());
            }
            SkuCode code = sku(sku);
            return made.computeIfAbsent(((long) node << 32) | sku, k -> new SeriesKey(nodes.get(node), code));
        }
    }
}
