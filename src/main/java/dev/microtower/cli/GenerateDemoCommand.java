package dev.microtower.cli;

import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate-demo}: writes the demo network's files into a folder. The defaults make the
 * committed Bay Area network; more nodes, SKUs or days make big synthetic networks for benchmarks.
 */
@Command(
        name = "generate-demo",
        description = "Write a demo network (nodes, SKUs, stock, orders, rules, zones) into a folder. "
                + "The defaults make the San Francisco Bay Area network in sample-data/bay-area.")
final class GenerateDemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = DemoOptions.DEFAULT_SEED;

    @Option(
            names = "--nodes",
            paramLabel = "N",
            description = "Number of nodes; above the Bay Area's 68, extra sites are placed around the towns.")
    int nodes = DemoOptions.bayAreaNodes();

    @Option(names = "--skus", paramLabel = "N", description = "Number of SKUs (default: ${DEFAULT-VALUE}).")
    int skus = DemoOptions.DEFAULT_SKUS;

    @Option(names = "--days", paramLabel = "N", description = "Days of order history (default: ${DEFAULT-VALUE}).")
    int days = DemoOptions.DEFAULT_DAYS;

    @Option(
            names = "--orders-per-day",
            paramLabel = "N",
            description = "Average orders per day (default: 1500 for the Bay Area, scaled with --nodes up to 10000).")
    int ordersPerDay;

    @Option(
            names = "--popularity-exponent",
            paramLabel = "X",
            description = "How steeply SKU popularity falls: the k-th best seller sells in proportion to 1/k^X"
                    + " (Zipf; 0.5 to 3, default: ${DEFAULT-VALUE}; lower gives a longer tail).")
    double popularityExponent = DemoOptions.DEFAULT_POPULARITY_EXPONENT;

    @Option(
            names = "--new-sku-share",
            paramLabel = "SHARE",
            description = "Share of the SKUs launched in the last " + DemoOptions.NEW_SKU_WEEKS
                    + " weeks of the history, selling nothing before their launch day (0 to 0.5, default: 0).")
    double newSkuShare;

    @Option(
            names = "--local-mix",
            paramLabel = "SHARE",
            description = "Share of the SKUs that are each region's local favourites, selling "
                    + "4 times their usual rate to that region: a site-specific mix (0 to 0.5, default: 0).")
    double localMix;

    @Override
    public Integer call() {
        DemoOptions options;
        try {
            options = new DemoOptions(seed, nodes, skus, days, ordersPerDay, popularityExponent, newSkuShare, localMix);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandException(out + " is a file, not a folder");
        }
        long started = System.nanoTime();
        DemoNetworkGenerator.Summary summary;
        try {
            summary = DemoNetworkGenerator.generate(options, out);
        } catch (IOException e) {
            throw new CommandException("could not write the demo network to " + out + ": " + e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        var console = spec.commandLine().getOut();
        console.println("wrote " + out.toAbsolutePath().normalize() + " in " + millis + " ms (seed " + seed + ")");
        console.print(summary.format());
        console.flush();
        return 0;
    }
}
