package dev.microtower.planning.service;

import dev.microtower.core.Digests;
import dev.microtower.forecasting.engine.ForecastSettings;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.planning.engine.Planner;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.zones.domain.DeliveryZone;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.locationtech.jts.io.WKBWriter;

/**
 * The fingerprint of everything a scenario's forecast is made from, computed without reading the
 * order history (ADR 0016): the sites, SKUs, zones (their areas as WKB), demand changes, the time
 * zone its days are counted in, the history days and forecast settings, the order history's stamp
 * ({@code store.OrderHistoryRevision}), {@link #FORECASTER_VERSION}, and the compiled code of the
 * forecasting and planning engines. Two scenarios with equal fingerprints have equal forecasts, so a
 * forecast stored under one serves the other; a change of any input or of the forecaster's code gives
 * another fingerprint, and the stored one is no longer found.
 */
final class ForecastFingerprint {
    /**
     * Raise with any change of method that the code's own fingerprint below would not see (settings
     * read from elsewhere, say); a change of the engines' classes is seen without it.
     */
    static final int FORECASTER_VERSION = 1;

    /** The packages whose classes make the forecast, as paths in the class path. */
    private static final List<String> CODE_PACKAGES = List.of(
            "dev/microtower/forecasting/",
            "dev/microtower/planning/",
            // the domain types the forecast reads and whose methods it calls (a demand change's
            // cover test, a zone's area, an order's day, a site's and a SKU's fields in this hash)
            "dev/microtower/core/",
            "dev/microtower/network/domain/",
            "dev/microtower/inventory/domain/",
            "dev/microtower/orders/domain/",
            "dev/microtower/zones/domain/",
            "dev/microtower/scenarios/domain/",
            "dev/microtower/store/OrderHistoryRevision");

    private static volatile String code;

    private ForecastFingerprint() {}

    static String of(
            String historyStamp,
            int historyDays,
            ForecastSettings settings,
            ZoneId zone,
            List<Node> nodes,
            List<Sku> skus,
            List<DeliveryZone> zones,
            List<DemandMultiplier> multipliers) {
        MessageDigest digest = Digests.sha256();
        field(digest, "forecaster " + FORECASTER_VERSION + " " + code());
        // the runtime's time-zone rules decide each order's day
        field(digest, "runtime " + Runtime.version());
        field(digest, "history " + historyStamp + " days " + historyDays);
        field(digest, "settings " + settings);
        field(digest, "zone " + zone.getId());
        for (Node n : nodes) {
            field(digest, n.toString());
        }
        field(digest, "skus");
        for (Sku s : skus) {
            field(digest, s.toString());
        }
        field(digest, "zones");
        WKBWriter wkb = new WKBWriter(2);
        for (DeliveryZone z : zones) {
            field(digest, z.code() + " " + z.node() + " " + z.slaTier());
            digest.update(wkb.write(z.area()));
        }
        field(digest, "multipliers");
        for (DemandMultiplier m : multipliers) {
            field(digest, m.toString());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /**
     * The SHA-256 of the forecasting and planning engines' class files, read once per process from
     * the class path (a directory or the jar). When they cannot be read, a value of this process alone,
     * so that nothing stored is trusted.
     */
    static String code() {
        String c = code;
        if (c == null) {
            c = readCode();
            code = c;
        }
        return c;
    }

    private static String readCode() {
        try {
            var source = Planner.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown " + UUID.randomUUID();
            }
            return codeOf(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown " + UUID.randomUUID();
        }
    }

    /**
     * The SHA-256 of the forecasting code's class files in {@code where}, a classes directory or a
     * jar: the same for a jar as for the directory it was packed from, since the demo image's forecast
     * is kept under the directory's (made during the build) and looked up under the jar's.
     */
    static String codeOf(Path where) {
        try {
            MessageDigest digest = Digests.sha256();
            if (Files.isDirectory(where)) {
                // the same names, in the same order, as the jar's entries below
                List<String> names;
                try (Stream<Path> walk = Files.walk(where.resolve("dev/microtower"))) {
                    names = walk.map(f -> where.relativize(f).toString().replace('\\', '/'))
                            .filter(name -> name.endsWith(".class")
                                    && CODE_PACKAGES.stream().anyMatch(name::startsWith))
                            .sorted()
                            .toList();
                }
                for (String name : names) {
                    field(digest, name);
                    digest.update(Files.readAllBytes(where.resolve(name)));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = jar.stream()
                            .filter(e -> e.getName().endsWith(".class")
                                    && CODE_PACKAGES.stream().anyMatch(e.getName()::startsWith))
                            .sorted(java.util.Comparator.comparing(JarEntry::getName))
                            .toList();
                    for (JarEntry e : entries) {
                        field(digest, e.getName());
                        try (InputStream in = jar.getInputStream(e)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return "unknown " + UUID.randomUUID();
        }
    }
}
