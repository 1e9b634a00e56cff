package dev.microtower.importexport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;

/**
 * The delivery zones of an import: the zones sheet of a workbook (WKT) or a GeoJSON file, checked
 * for valid areas and known sites.
 */
final class ZoneImport extends TableImport {
    ZoneImport(ImportRun run) {
        super(run);
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
            root = GEOJSON.readTree(input);
        } catch (StreamConstraintsException e) {
            problems.add(at(fileName, e), null, "goes beyond what a zones file may hold: " + limitWords(e));
            return;
        } catch (JsonProcessingException e) {
            problems.add(at(fileName, e), null, "is not valid JSON (damaged, or not a GeoJSON file)");
            return;
        } catch (CharConversionException e) {
            problems.add(fileName, null, "is not UTF-8 text; save it as UTF-8");
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
            if (code != null && Limits.firstUnprintable(code, false) >= 0) {
                problems.add(where, "property code", "holds a control or invisible character; codes must be printable");
            } else if (code == null) {
                problems.add(where, "property code", "is required but missing");
            } else if (seen.putIfAbsent(code, index) != null) {
                problems.add(
                        where,
                        "property code",
                        "zone " + code + " appears twice (first in feature " + seen.get(code) + ")");
            } else if (code.length() > 64) {
                problems.add(where, "property code", "is longer than 64 characters");
            }
            if (node != null && Limits.firstUnprintable(node, false) >= 0) {
                problems.add(where, "property node", "holds a control or invisible character; codes must be printable");
            } else if (node == null) {
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

    /**
     * Jackson with the file limits as its own: deep nesting, huge numbers and huge strings are
     * refused while reading, before they cost memory or time.
     */
    private static final ObjectMapper GEOJSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.JSON_DEPTH)
                    .maxStringLength(Limits.FIELD_CHARACTERS)
                    .maxNumberLength(Limits.JSON_NUMBER_CHARACTERS)
                    .maxDocumentLength(Limits.JSON_BYTES)
                    .build())
            .build());

    private static String at(String fileName, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return fileName;
        }
        return fileName + " line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String limitWords(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("nesting")) {
            return "arrays or objects nested more than " + Limits.JSON_DEPTH + " deep";
        }
        if (message.contains("number")) {
            return "a number longer than " + Limits.JSON_NUMBER_CHARACTERS + " digits";
        }
        if (message.contains("string")) {
            return "a text longer than " + Limits.FIELD_CHARACTERS + " characters";
        }
        return "more than " + Limits.JSON_BYTES + " bytes";
    }

    private static String property(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText().strip() : "";
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
