package dev.microtower.forecasting.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a forecast, the demand history it was made from and the demand classes to a stream and
 * reads them back equal, to the last bit of every number (planning keeps them in the database, ADR
 * 0016). It lives beside the records it writes: a field added to {@link SeriesForecast}, {@link
 * DemandHistory}, {@link DemandClasses} or {@link NetworkForecast} must be added here too, and
 * {@code ForecastCodecTest} compares every field after a round trip. A change of format raises
 * {@link #FORMAT}; an older format is refused, never guessed at (the caller forecasts again).
 *
 * <p>Node and SKU codes are written once each and named by number; enum constants by their place in
 * a table of their names written first, so a constant added or reordered does not shift the others. Daily demand is counted in whole units,
 * so a series whose days are all whole numbers is written as short integers; a forecast that is one
 * level, or one week repeated (seasonal naive, a weekday profile), as that level or that week.
 *
 * <p>The forecast and the classes come first; the demand history, which a Plan and the stock
 * heatmap do not read, follows as one section of known length that {@link #read} keeps as bytes and
 * decodes when {@link Parts#demand()} is first asked (format 4: at open it was half of the
 * decoding).
 */
public final class ForecastCodec {
    /** The format written; raise it with any change of what is written. */
    public static final int FORMAT = 4;

    private static final int MAGIC = 0x4d544643; // "MTFC"

    /**
     * What one stream holds. Read back, the demand history is decoded when first asked for, once,
     * by whichever thread asks.
     */
    public static final class Parts {
        private final DemandClasses classes;
        private final NetworkForecast forecast;
        private DemandHistory demand; // guarded by this
        private ByteBuffer demandBytes; // guarded by this; null once decoded
        private Keys keys; // guarded by this; null once decoded

        public Parts(DemandHistory demand, DemandClasses classes, NetworkForecast forecast) {
            this.demand = Objects.requireNonNull(demand, "demand");
            this.classes = Objects.requireNonNull(classes, "classes");
            this.forecast = Objects.requireNonNull(forecast, "forecast");
        }

        private Parts(ByteBuffer demandBytes, Keys keys, DemandClasses classes, NetworkForecast forecast) {
            this.demandBytes = demandBytes;
            this.keys = keys;
            this.classes = classes;
            this.forecast = forecast;
        }

        /**
         * The demand history, decoded now if this is its first use; an {@link IllegalStateException}
         * if its bytes do not decode (they passed the stream's checksum and were written by this
         * format, so only a defect of the codec can cause it).
         */
        public synchronized DemandHistory demand() {
            if (demand == null) {
                try {
                    demand = readDemand(demandBytes, keys);
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("the demand history kept with the forecast does not decode", e);
                }
                demandBytes = null;
                keys = null;
            }
            return demand;
        }

        public DemandClasses classes() {
            return classes;
        }

        public NetworkForecast forecast() {
            return forecast;
        }
    }

    private ForecastCodec() {}

    private static void writeDemand(DataOutputStream out, Codes codes, DemandHistory d) throws IOException {
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
    }

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
        writeConstants(out, ForecastMethod.class);
        writeConstants(out, AbcClass.class);
        writeConstants(out, XyzClass.class);

        NetworkForecast f = parts.forecast();
        out.writeLong(f.firstDay().toEpochDay());
        out.writeInt(f.horizonDays());
        out.writeDouble(f.networkMase());
        out.writeDouble(f.networkMaseSeasonalNaive());
        out.writeInt(f.methodCounts().size());
        for (var e : f.methodCounts().entrySet()) {
            out.writeByte(e.getKey().ordinal());
            out.writeInt(e.getValue());
        }
        out.writeInt(f.series().size());
        for (var e : f.series().entrySet()) {
            SeriesForecast s = e.getValue();
            codes.write(out, e.getKey());
            codes.write(out, s.key());
            out.writeByte(s.method().ordinal());
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
        DemandClasses c = parts.classes();
        writeSkuClasses(out, codes, c.abc());
        writeSkuClasses(out, codes, c.xyz());
        writeKeyClasses(out, codes, c.nodeAbc());
        writeKeyClasses(out, codes, c.nodeXyz());

        // the demand history last, as a section of known length: read back, it is decoded when asked
        ByteArrayOutputStream section = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream d = new DataOutputStream(section)) {
            writeDemand(d, codes, parts.demand());
        }
        out.writeInt(section.size());
        section.writeTo(out);
        out.writeInt(MAGIC);
    }

    /**
     * Reads what {@link #write} wrote, from {@code in}'s position (a buffer: reading it is several
     * times faster than a stream in a JVM that has not compiled this yet, which is when it is read);
     * an {@link IOException} when it is not of {@link #FORMAT} or ends early.
     */
    public static Parts read(ByteBuffer in) throws IOException {
        try {
            return readParts(in);
        } catch (BufferUnderflowException e) {
            throw new IOException("a stored forecast that ends early", e);
        }
    }

    private static Parts readParts(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC) {
            throw new IOException("not a stored forecast");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IOException("a stored forecast of format " + format + ", not " + FORMAT);
        }
        List<NodeCode> nodes = readStrings(in).stream().map(NodeCode::new).toList();
        List<SkuCode> skus = readStrings(in).stream().map(SkuCode::new).toList();
        Keys keys = new Keys(nodes, skus);
        ForecastMethod[] methods = readConstants(in, ForecastMethod.class);
        AbcClass[] abcs = readConstants(in, AbcClass.class);
        XyzClass[] xyzs = readConstants(in, XyzClass.class);

        LocalDate forecastFirst = LocalDate.ofEpochDay(in.getLong());
        int horizon = in.getInt();
        double mase = in.getDouble();
        double maseNaive = in.getDouble();
        int m = count(in);
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        for (int i = 0; i < m; i++) {
            counts.put(constant(methods, in.get()), in.getInt());
        }
        int s = count(in);
        Map<SeriesKey, SeriesForecast> forecasts = new HashMap<>(s * 2);
        for (int i = 0; i < s; i++) {
            SeriesKey mapKey = keys.read(in);
            forecasts.put(
                    mapKey,
                    new SeriesForecast(
                            keys.read(in),
                            constant(methods, in.get()),
                            LocalDate.ofEpochDay(in.getLong()),
                            readSeries(in),
                            in.getDouble(),
                            in.getDouble(),
                            in.getDouble(),
                            in.getDouble(),
                            in.getDouble(),
                            in.getDouble(),
                            in.getInt(),
                            in.getDouble()));
        }
        Map<SkuCode, AbcClass> abc = readSkuClasses(in, keys, abcs);
        Map<SkuCode, XyzClass> xyz = readSkuClasses(in, keys, xyzs);
        Map<SeriesKey, AbcClass> nodeAbc = readKeyClasses(in, keys, abcs);
        Map<SeriesKey, XyzClass> nodeXyz = readKeyClasses(in, keys, xyzs);
        DemandClasses classes = new DemandClasses(abc, xyz, nodeAbc, nodeXyz);

        int length = count(in);
        ByteBuffer demandBytes = ByteBuffer.wrap(Arrays.copyOfRange(
                in.array(), in.arrayOffset() + in.position(), in.arrayOffset() + in.position() + length));
        in.position(in.position() + length);
        if (in.getInt() != MAGIC) {
            throw new IOException("a stored forecast that does not end where it should");
        }
        NetworkForecast forecast = new NetworkForecast(forecastFirst, horizon, forecasts, mase, maseNaive, counts);
        return new Parts(demandBytes, keys, classes, forecast);
    }

    private static DemandHistory readDemand(ByteBuffer in, Keys keys) throws IOException {
        LocalDate firstDay = LocalDate.ofEpochDay(in.getLong());
        int days = in.getInt();
        long inZone = in.getLong();
        long viaPickup = in.getLong();
        long nearest = in.getLong();
        long unassigned = in.getLong();
        int n = count(in);
        Map<SeriesKey, double[]> series = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            series.put(keys.read(in), readSeries(in));
        }
        if (in.hasRemaining()) {
            throw new IOException("a stored demand history that does not end where it should");
        }
        return new DemandHistory(firstDay, days, series, inZone, viaPickup, nearest, unassigned);
    }

    private static final byte WHOLE = 0;
    private static final byte REAL = 1;
    private static final byte CONSTANT = 2;
    private static final byte WEEKLY = 3;
    private static final int WEEK = 7;
    private static final int MAX_DAYS = 1 << 16;

    /** A number of entries, which cannot be more than the bytes left (each takes at least one). */
    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("a stored forecast with " + n + " entries in " + in.remaining() + " bytes");
        }
        return n;
    }

    /**
     * A series as the smallest of: whole non-negative units as variable-length integers (daily demand),
     * one number for every day (a level forecast), the first week repeated (a weekly profile), or
     * every number as it is. Each keeps every bit; the choice is by bits, never by a tolerance.
     */
    private static void writeSeries(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        if (whole(values)) {
            out.writeByte(WHOLE);
            for (double v : values) {
                writeVarInt(out, (int) v);
            }
        } else if (repeats(values, 1)) {
            out.writeByte(CONSTANT);
            out.writeDouble(values[0]);
        } else if (values.length > WEEK && repeats(values, WEEK)) {
            out.writeByte(WEEKLY);
            for (int i = 0; i < WEEK; i++) {
                out.writeDouble(values[i]);
            }
        } else {
            out.writeByte(REAL);
            for (double v : values) {
                out.writeDouble(v);
            }
        }
    }

    private static double[] readSeries(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > MAX_DAYS) {
            throw new IOException("a stored series of " + length + " days");
        }
        double[] values = new double[length];
        byte kind = in.get();
        switch (kind) {
            case WHOLE -> {
                for (int i = 0; i < length; i++) {
                    values[i] = readVarInt(in);
                }
            }
            case CONSTANT -> Arrays.fill(values, in.getDouble());
            case WEEKLY -> {
                for (int i = 0; i < WEEK; i++) {
                    values[i] = in.getDouble();
                }
                for (int i = WEEK; i < length; i++) {
                    values[i] = values[i - WEEK];
                }
            }
            case REAL -> {
                // one bulk copy: most of a forecast's days, and far cheaper than a call a day in a
                // JVM that has not compiled this yet, which is when it is read
                in.asDoubleBuffer().get(values);
                in.position(in.position() + length * Double.BYTES);
            }
            default -> throw new IOException("a stored series of unknown kind " + kind);
        }
        return values;
    }

    private static boolean whole(double[] values) {
        for (double v : values) {
            // 0.0 but not -0.0: the integer would give back +0.0
            if (!(v >= 0 && v < Integer.MAX_VALUE && v == Math.rint(v))
                    || Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every value equals, bit for bit, the one {@code period} days before it. */
    private static boolean repeats(double[] values, int period) {
        if (values.length == 0) {
            return false;
        }
        for (int i = period; i < values.length; i++) {
            if (Double.doubleToRawLongBits(values[i]) != Double.doubleToRawLongBits(values[i - period])) {
                return false;
            }
        }
        return true;
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(ByteBuffer in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = (in.get() & 0xff);
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("a stored number longer than an integer");
    }

    private static <E extends Enum<E>> void writeSkuClasses(DataOutputStream out, Codes codes, Map<SkuCode, E> m)
            throws IOException {
        out.writeInt(m.size());
        for (var e : m.entrySet()) {
            out.writeInt(codes.skus.get(e.getKey()));
            out.writeByte(e.getValue().ordinal());
        }
    }

    private static <E extends Enum<E>> void writeKeyClasses(DataOutputStream out, Codes codes, Map<SeriesKey, E> m)
            throws IOException {
        out.writeInt(m.size());
        for (var e : m.entrySet()) {
            codes.write(out, e.getKey());
            out.writeByte(e.getValue().ordinal());
        }
    }

    private static <E extends Enum<E>> Map<SkuCode, E> readSkuClasses(ByteBuffer in, Keys keys, E[] constants)
            throws IOException {
        int n = count(in);
        Map<SkuCode, E> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(keys.sku(in.getInt()), constant(constants, in.get()));
        }
        return m;
    }

    private static <E extends Enum<E>> Map<SeriesKey, E> readKeyClasses(ByteBuffer in, Keys keys, E[] constants)
            throws IOException {
        int n = count(in);
        Map<SeriesKey, E> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(keys.read(in), constant(constants, in.get()));
        }
        return m;
    }

    /** The names of {@code type}'s constants in their order: the stream names constants by position in it. */
    private static <E extends Enum<E>> void writeConstants(DataOutputStream out, Class<E> type) throws IOException {
        E[] constants = type.getEnumConstants();
        out.writeInt(constants.length);
        for (E e : constants) {
            writeString(out, e.name());
        }
    }

    /** The constants the stream's positions stand for, by name: reordered or added ones are found. */
    private static <E extends Enum<E>> E[] readConstants(ByteBuffer in, Class<E> type) throws IOException {
        int n = count(in);
        @SuppressWarnings("unchecked")
        E[] constants = (E[]) java.lang.reflect.Array.newInstance(type, n);
        for (int i = 0; i < n; i++) {
            String name = readString(in);
            try {
                constants[i] = Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new IOException("a stored forecast names an unknown " + type.getSimpleName() + " " + name, e);
            }
        }
        return constants;
    }

    private static <E> E constant(E[] constants, byte position) throws IOException {
        if (position < 0 || position >= constants.length) {
            throw new IOException("a stored forecast names constant " + position + " of " + constants.length);
        }
        return constants[position];
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a stored text of " + length + " bytes");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(ByteBuffer in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(readString(in));
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
        final SeriesKey[] made;

        Keys(List<NodeCode> nodes, List<SkuCode> skus) {
            this.nodes = nodes;
            this.skus = skus;
            this.made = new SeriesKey[nodes.size() * skus.size()];
        }

        SkuCode sku(int i) throws IOException {
            if (i < 0 || i >= skus.size()) {
                throw new IOException("a stored forecast names SKU number " + i + " of " + skus.size());
            }
            return skus.get(i);
        }

        SeriesKey read(ByteBuffer in) throws IOException {
            int node = in.getInt();
            int sku = in.getInt();
            if (node < 0 || node >= nodes.size()) {
                throw new IOException("a stored forecast names site number " + node + " of " + nodes.size());
            }
            SkuCode code = sku(sku);
            int i = node * skus.size() + sku;
            SeriesKey key = made[i];
            if (key == null) {
                key = new SeriesKey(nodes.get(node), code);
                made[i] = key;
            }
            return key;
        }
    }
}
