package dev.microtower.presentation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microtower.core.AtomicFiles;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A storyboard as a JSON file, to carry it to another database: scenarios by name (their ids mean
 * nothing elsewhere), everything else as stored. Reading checks every field and names the first
 * wrong one with its place in the file ({@code views[2].zoom}); nothing is stored from a wrong file.
 */
public final class StoryboardJson {
    /** The format's version, written into every file. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryboardJson() {}

    /** A file that is not a storyboard this program can read, with where and why. */
    public static final class BadFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFile(String message) {
            super(message);
        }
    }

    /** Writes {@code storyboard} to {@code file} (replaced whole or not at all). */
    public static void write(Storyboard storyboard, Function<ScenarioId, String> scenarioName, Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "microtower-storyboard");
        root.put("version", VERSION);
        root.put("name", storyboard.name());
        ArrayNode views = root.putArray("views");
        for (StoryView view : storyboard.views()) {
            ObjectNode v = views.addObject();
            v.put("title", view.title());
            v.put("caption", view.caption());
            v.put("scenario", scenarioName.apply(view.scenario()));
            v.put("lat", view.centre().lat());
            v.put("lon", view.centre().lon());
            v.put("zoom", view.zoom());
            ArrayNode layers = v.putArray("layers");
            for (LayerState layer : view.layers()) {
                ObjectNode l = layers.addObject();
                l.put("layer", layer.layer());
                l.put("shown", layer.shown());
                ObjectNode switches = l.putObject("switches");
                layer.switches().forEach(switches::put);
                ObjectNode settings = l.putObject("settings");
                layer.settings().forEach(settings::put);
            }
            if (view.selectedSite() != null) {
                v.put("selectedSite", view.selectedSite());
            }
            ArrayNode kpis = v.putArray("kpis");
            view.kpis().forEach(kpis::add);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.replace(file, f -> JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a storyboard from {@code file}; {@code scenarios} finds a scenario by name.
     *
     * @throws BadFile naming the file, the field and what is wrong
     */
    public static Storyboard read(Path file, Function<String, Optional<ScenarioId>> scenarios) {
        String where = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new BadFile("cannot read " + where + ": " + e.getMessage());
        }
        return read(text, where, scenarios);
    }

    /** As {@link #read(Path, Function)} from the text of a file called {@code where} in messages. */
    public static Storyboard read(String text, String where, Function<String, Optional<ScenarioId>> scenarios) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadFile(
                    where + " line " + e.getLocation().getLineNr() + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null
                || !root.isObject()
                || !"microtower-storyboard".equals(root.path("format").asText())) {
            throw new BadFile(where + ": not a Microtower storyboard (no \"format\": \"microtower-storyboard\")");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new BadFile(where + ": version must be " + VERSION + ", not " + root.path("version"));
        }
        String name = text(root, "name", where, true);
        JsonNode views = root.path("views");
        if (!views.isArray()) {
            throw new BadFile(where + ": views must be a list");
        }
        List<StoryView> read = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            String at = where + ": views[" + i + "]";
            JsonNode v = views.get(i);
            if (!v.isObject()) {
                throw new BadFile(at + " must be an object");
            }
            String scenario = text(v, "scenario", at, true);
            ScenarioId id = scenarios
                    .apply(scenario)
                    .orElseThrow(() ->
                            new BadFile(at + ".scenario: no scenario called '" + scenario + "' in this database"));
            double lat = number(v, "lat", at, -90, 90);
            double lon = number(v, "lon", at, -180, 180);
            double zoom = number(v, "zoom", at, StoryView.MIN_ZOOM, StoryView.MAX_ZOOM);
            List<LayerState> layers = new ArrayList<>();
            JsonNode ls = v.path("layers");
            if (!ls.isArray()) {
                throw new BadFile(at + ".layers must be a list");
            }
            for (int j = 0; j < ls.size(); j++) {
                JsonNode l = ls.get(j);
                String lat2 = at + ".layers[" + j + "]";
                Map<String, Boolean> switches = new LinkedHashMap<>();
                JsonNode sw = l.path("switches");
                if (!sw.isMissingNode() && !sw.isObject()) {
                    throw new BadFile(lat2 + ".switches must be an object of true/false");
                }
                for (Map.Entry<String, JsonNode> f : sw.properties()) {
                    if (!f.getValue().isBoolean()) {
                        throw new BadFile(lat2 + ".switches." + f.getKey() + " must be true or false");
                    }
                    switches.put(f.getKey(), f.getValue().asBoolean());
                }
                Map<String, String> settings = new LinkedHashMap<>();
                JsonNode st = l.path("settings");
                if (!st.isMissingNode() && !st.isObject()) {
                    throw new BadFile(lat2 + ".settings must be an object of texts");
                }
                for (Map.Entry<String, JsonNode> f : st.properties()) {
                    if (!f.getValue().isTextual()) {
                        throw new BadFile(lat2 + ".settings." + f.getKey() + " must be text");
                    }
                    settings.put(f.getKey(), f.getValue().asText());
                }
                if (!l.path("shown").isBoolean()) {
                    throw new BadFile(lat2 + ".shown must be true or false");
                }
                layers.add(new LayerState(
                        text(l, "layer", lat2, true), l.path("shown").asBoolean(), switches, settings));
            }
            List<String> kpis = new ArrayList<>();
            JsonNode ks = v.path("kpis");
            if (!ks.isMissingNode()) {
                if (!ks.isArray()) {
                    throw new BadFile(at + ".kpis must be a list of KPI ids");
                }
                ks.forEach(k -> kpis.add(k.asText()));
            }
            String title = text(v, "title", at, true);
            if (title.length() > 200) {
                throw new BadFile(at + ".title has more than 200 characters");
            }
            String caption = text(v, "caption", at, false);
            if (caption.length() > 2000) {
                throw new BadFile(at + ".caption has more than 2,000 characters");
            }
            String site = v.hasNonNull("selectedSite") ? text(v, "selectedSite", at, false) : null;
            read.add(new StoryView(title, caption, id, new GeoPoint(lat, lon), zoom, layers, site, kpis));
        }
        try {
            return new Storyboard(name, read);
        } catch (IllegalArgumentException e) {
            throw new BadFile(where + ".name: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new BadFile(at + "." + field + " is missing");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw new BadFile(at + "." + field + " must be text");
        }
        if (required && value.asText().isBlank()) {
            throw new BadFile(at + "." + field + " is empty");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String at, double min, double max) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new BadFile(at + "." + field + " must be a number");
        }
        double d = value.asDouble();
        if (!(d >= min && d <= max)) {
            throw new BadFile(at + "." + field + ": " + value + " is not between " + (long) min + " and " + (long) max);
        }
        return d;
    }
}
