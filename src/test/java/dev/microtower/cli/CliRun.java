package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the real command line, as {@link MicrotowerCommand#run} wires it, with its output captured. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MicrotowerCommand());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * Generates a small network with weeks of orders (the Bay Area's sites, 200 SKUs, 60 days of 40
     * orders) into {@code dir}/network, imports it into {@code dir}/db and returns that database's
     * path: a backtest needs out-of-sample days, which the one-day demo fixture has not.
     */
    static String importedGeneratedNetwork(Path dir) {
        String db = dir.resolve("db").toString();
        Path files = dir.resolve("network");
        CliRun generated = of(
                "generate-demo",
                "--out",
                files.toString(),
                "--skus",
                "200",
                "--days",
                "60",
                "--orders-per-day",
                "40",
                "--seed",
                "5");
        assertEquals(0, generated.exit(), generated.err());
        CliRun imported = of("import", files.toString(), "--db", db);
        assertEquals(0, imported.exit(), imported.err());
        return db;
    }
}
