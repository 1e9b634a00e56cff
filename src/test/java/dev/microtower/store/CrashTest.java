package dev.microtower.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.microtower.testing.Forked;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real command line with SIGKILL at a seeded random moment during the first migration of
 * a new file, a large stock import, the demo load, an export and a plan, then reopens what is left.
 * The database must hold the state from before the operation or the one after it (row counts and
 * column sums of every table, measured in a run without a kill), never a mixture; no migration may
 * be stranded; the operation must then succeed. Kills: {@code -Dcrash.kills} (5 in {@code verify},
 * spread over the operations; 50 with {@code -Pfuzz}); seed: {@code -Dcrash.seed}.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 5);
    private static final long SEED = Long.getLong("crash.seed", 18L);

    @TempDir
    static Path dir;

    /** The demo database, built once and copied for every kill. */
    private static Path demo;

    private static Map<String, String> demoState;
    private static long demoMillis;
    private static long startMillis;

    /** A new file after its first migration: what a killed migration or demo load may leave. */
    private static Map<String, String> emptyState;

    @BeforeAll
    static void buildTheDemoOnce() throws Exception {
        long t0 = System.nanoTime();
        Forked.Result version = Forked.run(Map.of(), "--version");
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, version.exit(), version.output());
        demo = dir.resolve("demo").resolve("demo.mv.db");
        long t1 = System.nanoTime();
        Forked.Result run = Forked.run(Map.of(), "demo", "--db", demo.toString());
        demoMillis = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(0, run.exit(), run.output());
        demoState = state(demo);
        emptyState = state(dir.resolve("empty").resolve("empty.mv.db"));
    }

    /** One kind of operation: how to prepare its files, run it, and what it leaves behind. */
    private interface Operation {
        String name();

        /** Prepares a fresh place for one run; returns the database the run works on. */
        Path prepare(Path place) throws Exception;

        String[] args(Path db, Path place);

        /** The next run after a kill: the same again, unless it cannot be repeated once done. */
        default String[] next(Path db, Path place, boolean done) {
            return args(db, place);
        }

        /** Files outside the database the operation writes, each to be whole before or after. */
        default List<String> files() {
            return List.of();
        }
    }

    @Test
    void aKilledOperationLeavesTheBeforeOrTheAfterStateAndTheNextRunWorks() throws Exception {
        List<Operation> operations = List.of(migration(), largeImport(), demoLoad(), export(), plan());
        Map<String, Reference> references = new TreeMap<>();
        // building the demo database once was a demo load without a kill
        references.put("demo", new Reference(demoMillis, emptyState, demoState, Map.of(), Map.of()));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Operation op = operations.get(kill % operations.size());
            Reference ref = references.get(op.name());
            if (ref == null) {
                ref = reference(op);
                references.put(op.name(), ref);
            }
            long delay = startMillis / 2 + (long) (random.nextDouble() * Math.max(1, ref.millis - startMillis / 2));
            Path place = Files.createDirectories(dir.resolve("kill-" + kill + "-" + op.name()));
            Path db = op.prepare(place);
            Process process = Forked.start(Map.of(), op.args(db, place));
            // drained on the common pool so a chatty run never blocks on a full pipe
            java.util.concurrent.CompletableFuture.runAsync(() -> drain(process));
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            String what = op.name() + " killed after " + delay + " ms" + (finished ? " (had finished)" : "");
            try {
                checkLeftovers(what, db, place, op, ref);
                passed++;
            } catch (AssertionError e) {
                failures.add(what + ": " + e.getMessage());
            }
        }
        System.out.printf(
                "crash test: %d of %d kills passed (seed %d; JVM start %d ms, demo load %d ms)%n",
                passed, KILLS, SEED, startMillis, demoMillis);
        references.forEach((name, ref) -> System.out.printf("  %-10s runs %,6d ms without a kill%n", name, ref.millis));
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static void drain(Process process) {
        try {
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the process was killed; nothing more to read
        }
    }

    /** Before and after states of one operation, from one run without a kill. */
    private record Reference(
            long millis,
            Map<String, String> before,
            Map<String, String> after,
            Map<String, byte[]> filesBefore,
            Map<String, byte[]> filesAfter) {}

    private static Reference reference(Operation op) throws Exception {
        Path place = Files.createDirectories(dir.resolve("reference-" + op.name()));
        Path db = op.prepare(place);
        // a new file's before state is the empty schema (a kill may also leave no file at all)
        Map<String, String> before = Files.exists(db) ? state(db) : emptyState;
        Map<String, byte[]> filesBefore = files(place, op);
        long t0 = System.nanoTime();
        Forked.Result run = Forked.run(Map.of(), op.args(db, place));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, run.exit(), op.name() + ": " + run.output());
        Map<String, byte[]> filesAfter = files(place, op);
        return new Reference(millis, before, state(db), filesBefore, filesAfter);
    }

    private static void checkLeftovers(String what, Path db, Path place, Operation op, Reference ref) throws Exception {
        Map<String, String> now = Files.exists(db) ? state(db) : null;
        if (now != null && !now.equals(ref.before) && !now.equals(ref.after)) {
            fail("a mixture: " + differences(now, ref.before, ref.after));
        }
        Map<String, byte[]> files = files(place, op);
        try (Stream<Path> left = Files.walk(place)) {
            // a kill between writing and moving leaves the temporary file; reported, not refused
            left.filter(p -> p.toString().endsWith(".part"))
                    .forEach(p -> System.out.println("  " + what + " left " + place.relativize(p)));
        }
        for (String file : op.files()) {
            byte[] content = files.get(file);
            boolean asBefore = java.util.Arrays.equals(content, ref.filesBefore.get(file));
            boolean asAfter = java.util.Arrays.equals(content, ref.filesAfter.get(file));
            assertTrue(asBefore || asAfter, file + " is neither the earlier file nor the new one");
        }
        Forked.Result again = Forked.run(Map.of(), op.next(db, place, ref.after.equals(now)));
        assertEquals(0, again.exit(), "the next run failed: " + again.output());
        try (Stream<Path> left = Files.list(db.getParent())) {
            List<String> stranded = left.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".migrating-"))
                    .toList();
            assertTrue(stranded.isEmpty(), "stranded migration copies after reopening: " + stranded);
        }
    }

    private static String differences(Map<String, String> now, Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (String table : now.keySet()) {
            String b = before.get(table);
            String a = after.get(table);
            String n = now.get(table);
            if (!n.equals(b) || !n.equals(a)) {
                out.append(String.format("%n  %s now %s, before %s, after %s", table, n, b, a));
            }
        }
        return out.toString();
    }

    private static Map<String, byte[]> files(Path place, Operation op) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String file : op.files()) {
            Path path = place.resolve(file);
            if (Files.exists(path)) {
                out.put(file, Files.readAllBytes(path));
            }
        }
        return out;
    }

    /**
     * Row count and the sum of every numeric column (ids aside, which sequences may skip) per table:
     * a half-written import, demo load or plan changes one table and not another, or some rows only.
     */
    static Map<String, String> state(Path db) {
        Map<String, String> out = new TreeMap<>();
        try (Database database = Database.open(db)) {
            var dsl = database.dsl();
            for (Record table : dsl.fetch(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
                String name = table.get(0, String.class);
                List<String> sums = new ArrayList<>(List.of("COUNT(*)"));
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    for (Record column : dsl.fetch(
                            "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                                    + " AND TABLE_NAME = ? AND DATA_TYPE IN ('INTEGER', 'BIGINT', 'SMALLINT',"
                                    + " 'NUMERIC', 'DECIMAL', 'DOUBLE PRECISION', 'REAL') ORDER BY ORDINAL_POSITION",
                            name)) {
                        String c = column.get(0, String.class);
                        if (!c.equalsIgnoreCase("id")
                                && !c.toLowerCase(java.util.Locale.ROOT).endsWith("_id")) {
                            sums.add("ROUND(SUM(CAST(\"" + c + "\" AS DOUBLE PRECISION)), 3)");
                        }
                    }
                }
                Record row = dsl.fetchOne("SELECT " + String.join(", ", sums) + " FROM \"" + name + "\"");
                out.put(name, java.util.Arrays.toString(row.intoArray()));
            }
            int failed = dsl.fetchOne("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")
                    .get(0, Integer.class);
            assertEquals(0, failed, "a failed migration is recorded");
        }
        return out;
    }

    private static Operation migration() {
        return new Simple("migration", place -> place.resolve("new.mv.db"), (db, place) ->
                new String[] {"info", "--db", db.toString()});
    }

    /** The demo loads only into an empty database: once it has, the next run reads it instead. */
    private static Operation demoLoad() {
        Operation load = new Simple("demo", place -> place.resolve("demo.mv.db"), (db, place) ->
                new String[] {"demo", "--db", db.toString()});
        return new Operation() {
            @Override
            public String name() {
                return load.name();
            }

            @Override
            public Path prepare(Path place) throws Exception {
                return load.prepare(place);
            }

            @Override
            public String[] args(Path db, Path place) {
                return load.args(db, place);
            }

            @Override
            public String[] next(Path db, Path place, boolean done) {
                // an empty file must take a demo load; the small fixture shows it without another full load
                return done
                        ? new String[] {"info", "--db", db.toString()}
                        : new String[] {"demo", "--db", db.toString(), "--resources", "demo-fixture/"};
            }
        };
    }

    private static Operation largeImport() {
        return new Simple(
                "import",
                place -> {
                    Path db = copyOfDemo(place);
                    writeLargeStock(place.resolve("stock.csv"));
                    return db;
                },
                (db, place) -> new String[] {
                    "import", "--db", db.toString(), place.resolve("stock.csv").toString()
                });
    }

    private static Operation plan() {
        return new Simple("plan", CrashTest::copyOfDemo, (db, place) -> new String[] {
            "plan", "--db", db.toString(), "--out", place.resolve("plan.csv").toString()
        });
    }

    /** An export over an earlier one of different content: every file must be the old or the new one. */
    private static Operation export() {
        return new Operation() {
            @Override
            public String name() {
                return "export";
            }

            @Override
            public Path prepare(Path place) throws Exception {
                Path db = copyOfDemo(place);
                Path earlier = dir.resolve("earlier-export");
                if (!Files.exists(earlier)) {
                    // the database the import reference left: the demo with other stock
                    Path other = dir.resolve("reference-import").resolve("work.mv.db");
                    assertTrue(Files.exists(other), "the import runs before the export");
                    Forked.Result exported =
                            Forked.run(Map.of(), "export", "--db", other.toString(), earlier.toString());
                    assertEquals(0, exported.exit(), exported.output());
                }
                Path out = Files.createDirectories(place.resolve("out"));
                try (Stream<Path> files = Files.list(earlier)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, out.resolve(f.getFileName()));
                    }
                }
                return db;
            }

            @Override
            public String[] args(Path db, Path place) {
                return new String[] {
                    "export", "--db", db.toString(), place.resolve("out").toString()
                };
            }

            @Override
            public List<String> files() {
                try (Stream<Path> files = Files.list(dir.resolve("earlier-export"))) {
                    return files.map(f -> "out/" + f.getFileName()).sorted().toList();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private interface Prepare {
        Path prepare(Path place) throws Exception;
    }

    private interface Args {
        String[] args(Path db, Path place);
    }

    private record Simple(String name, Prepare preparer, Args arguments) implements Operation {
        @Override
        public Path prepare(Path place) throws Exception {
            return preparer.prepare(place);
        }

        @Override
        public String[] args(Path db, Path place) {
            return arguments.args(db, place);
        }
    }

    private static Path copyOfDemo(Path place) throws IOException {
        Path db = place.resolve("work.mv.db");
        Files.copy(demo, db);
        return db;
    }

    /** Every stock-holding demo site × every demo SKU with new quantities: a second or two of import. */
    private static void writeLargeStock(Path file) throws IOException {
        Path data = Path.of("sample-data", "bay-area");
        // the sites that hold stock in the demo (pickup points hold none)
        List<String> nodes =
                column(data.resolve("stock.csv")).stream().distinct().toList();
        List<String> skus = column(data.resolve("skus.csv"));
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("node,sku,on_hand,reserved,in_transit,as_of\n");
            int i = 0;
            for (String node : nodes) {
                for (String sku : skus) {
                    out.write(node + "," + sku + "," + (i++ % 97 + 1) + ",0,0,2026-11-20T07:00:00Z\n");
                }
            }
        }
    }

    private static List<String> column(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        }
    }
}
