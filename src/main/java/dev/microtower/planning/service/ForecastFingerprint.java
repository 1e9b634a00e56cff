package dev.microtower.planning.service;

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
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
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
            "dev/microtower/forecasting/", "dev/microtower/planning/engine/", "dev/microtower/planning/domain/");

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
        MessageDigest digest = sha256();
        field(digest, "forecaster " + FORECASTER_VERSION + " " + code());
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
            Path where = Path.of(source.getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isDirectory(where)) {
                List<Path> files = new ArrayList<>();
                for (String p : CODE_PACKAGES) {
                    Path dir = where.resolve(p);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> walk = Files.walk(dir)) {
                            walk.filter(f -> f.toString().endsWith(".class")).forEach(files::add);
                        }
                    }
                }
                files.sort(null);
                for (Path f : files) {
                    field(digest, where.relativize(f).toString().replace('\\', '/'));
                    digest.update(Files.readAllBytes(f));
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
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + UUID.randomUUID();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
