package dev.microtower.importexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;

/**
 * The delivery zones of an import: the zones sheet of a workbook (WKT) or a GeoJSON file, checked
 * for valid areas and known sites.
 */
final class ZoneImport {
    private final ImportRun run;
    private final DSLContext dsl;
    private final Connection connection;
    private final ScenarioId scenario;
    private final Problems problems;

    ZoneImport(ImportRun run) {
        this.run = Objects.requireNonNull(run);
        this.dsl = run.dsl();
        this.connection = run.connection();
        this.scenario = run.scenario();
        this.problems = run.problems();
    }

    /** The zones sheet of a workbook: code, node, sla_tier, wkt. */
    void zones(TableReader reader) {
        Layout l = Layouts.ZONES;
        Cells cells = Cells.open(reader, l, problems);
        List<DeliveryZone> parsed = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> nodes = run.nodeIds();
        while (cells.next()) {
            String code = cells.text(l.column("code"));
            if (code != null) {
                run.firstTime(seen, code, cells, l.column("code"), "zone " + code);
            }
            String node = cells.text(l.column("node"));
            if (node != null && !nodes.containsKey(node)) {
                cells.problem(l.column("node"), "unknown node " + node);
            }
            SlaTier tier = cells.enumValue(l.column("sla_tier"), SlaTier.class);
            String wkt = cells.text(l.column("wkt"));
            Geometry area = null;
            if (wkt != null) {
                try {
                    area = ZoneRepository.fromWkt(wkt);
                    String problem = ZoneGeometry.problemWith(area);
                    if (problem != null) {
                        cells.problem(l.column("wkt"), "the area " + problem);
                    }
                } catch (ParseException e) {
                    cells.problem(l.column("wkt"), "is not WKT: " + e.getMessage());
                }
            }
            if (cells.rowOk()) {
                parsed.add(new DeliveryZone(ZoneCode.of(code), NodeCode.of(node), tier, area));
            }
        }
        run.finished(reader);
        saveZones(parsed);
    }

    /** A GeoJSON FeatureCollection of zones. */
    void zonesGeoJson(String fileName, InputStream input, long size) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(input);
        } catch (JsonProcessingException e) {
            problems.add(
                    fileName + " line " + e.getLocation().getLineNr(),
                    null,
                    "is not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (root == null || root.isMissingNode()) {
            problems.add(fileName, null, "the file is empty; it needs a GeoJSON FeatureCollection");
            return;
        }
        if (!"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            problems.add(fileName, null, "is not a GeoJSON FeatureCollection with a features array");
            return;
        }
        Map<String, Long> nodes = run.nodeIds();
        Map<String, Integer> seen = new HashMap<>();
        List<DeliveryZone> parsed = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.get("features")) {
            index++;
            long before = problems.total();
            JsonNode properties = feature.path("properties");
            String code = property(properties, "code");
            String where = fileName + " feature " + index + (code == null ? "" : " (" + code + ")");
            String node = property(properties, "node");
            String tierText = property(properties, "sla_tier");
            for (var it = properties.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!Set.of("code", "node", "sla_tier").contains(name)) {
                    problems.add(
                            where, "property " + name, "unknown property; the properties are code, node, sla_tier");
                }
            }
            if (code == null) {
                problems.add(where, "property code", "is required but missing");
            } else if (seen.putIfAbsent(code, index) != null) {
                problems.add(
                        where,
                        "property code",
                        "zone " + code + " appears twice (first in feature " + seen.get(code) + ")");
            } else if (code.length() > 64) {
                problems.add(where, "property code", "is longer than 64 characters");
            }
            if (node == null) {
                problems.add(where, "property node", "is required but missing");
            } else if (!nodes.containsKey(node)) {
                problems.add(where, "property node", "unknown node " + node);
            }
            SlaTier tier = null;
            if (tierText == null) {
                problems.add(where, "property sla_tier", "is required but missing");
            } else {
                try {
                    tier = SlaTier.valueOf(tierText.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(
                            where,
                            "property sla_tier",
                            "'" + tierText + "' is not one of " + java.util.Arrays.toString(SlaTier.values()));
                }
            }
            Geometry area = null;
            try {
                area = ZoneGeometry.fromGeoJson(feature.get("geometry"));
                String problem = ZoneGeometry.problemWith(area);
                if (problem != null) {
                    problems.add(where, "geometry", "the area " + problem);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where, "geometry", e.getMessage());
            }
            if (problems.total() == before) {
                parsed.add(new DeliveryZone(ZoneCode.of(code), NodeCode.of(node), tier, area));
            }
        }
        run.finishedFile(fileName, size);
        saveZones(parsed);
    }

    private static String property(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private void saveZones(List<DeliveryZone> parsed) {
        Tally tally = run.tally(Layouts.ZONES);
        if (!run.writing()) {
            return;
        }
        Map<ZoneCode, DeliveryZone> existing = new HashMap<>();
        JooqZoneRepository.findAll(dsl, scenario).forEach(z -> existing.put(z.code(), z));
        for (DeliveryZone zone : parsed) {
            DeliveryZone before = existing.get(zone.code());
            if (before != null
                    && before.node().equals(zone.node())
                    && before.slaTier() == zone.slaTier()
                    && before.area().equalsExact(zone.area())) {
                tally.unchanged++;
                continue;
            }
            JooqZoneRepository.save(dsl, scenario, zone);
            if (before == null) {
                tally.added++;
            } else {
                tally.updated++;
            }
        }
    }
}
