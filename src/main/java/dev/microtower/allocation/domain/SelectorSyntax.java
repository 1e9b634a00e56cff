package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one-line text form of selectors that the rules editor shows and reads: criteria separated by
 * {@code ;}, each {@code key=value|value}, e.g. {@code category=grocery-chilled; abc=A|B} or {@code
 * type=DARK_STORE|MICRO_HUB; region=East Bay}. An empty text selects everything. The keys are
 * those of the rules file's columns without their prefix (docs/rules-editor.md); the value lists
 * are the {@code |} lists of that file, so what a planner types reads like what the CSV holds.
 */
public final class SelectorSyntax {
    public static final List<String> SKU_KEYS = List.of("category", "temperature", "abc", "xyz", "tag", "sku");
    public static final List<String> NODE_KEYS = List.of("type", "tier", "node", "region");

    private SelectorSyntax() {}

    public static String format(SkuSelector s) {
        Map<String, Collection<?>> parts = new LinkedHashMap<>();
        parts.put("category", s.categories());
        parts.put("temperature", s.temperatureClasses());
        parts.put("abc", s.abcClasses());
        parts.put("xyz", s.xyzClasses());
        parts.put("tag", s.tags());
        parts.put("sku", s.skus());
        return join(parts);
    }

    public static String format(NodeSelector s) {
        Map<String, Collection<?>> parts = new LinkedHashMap<>();
        parts.put("type", s.types());
        parts.put("tier", s.slaTiers());
        parts.put("node", s.nodes());
        parts.put("region", s.regions());
        return join(parts);
    }

    private static String join(Map<String, Collection<?>> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach((key, values) -> {
            if (!values.isEmpty()) {
                out.add(key + "="
                        + values.stream().map(Object::toString).sorted().collect(Collectors.joining("|")));
            }
        });
        return String.join("; ", out);
    }

    /**
     * Reads a SKU selector.
     *
     * @throws IllegalArgumentException naming the criterion or value that is wrong
     */
    public static SkuSelector parseSkus(String text) {
        Map<String, List<String>> parts = split(text, SKU_KEYS);
        return new SkuSelector(
                Set.copyOf(parts.getOrDefault("category", List.of())),
                values(parts, "temperature", TemperatureClass.class),
                values(parts, "abc", AbcClass.class),
                values(parts, "xyz", XyzClass.class),
                Set.copyOf(parts.getOrDefault("tag", List.of())),
                codes(parts, "sku", SkuCode::of));
    }

    /**
     * Reads a node selector.
     *
     * @throws IllegalArgumentException naming the criterion or value that is wrong
     */
    public static NodeSelector parseNodes(String text) {
        Map<String, List<String>> parts = split(text, NODE_KEYS);
        return new NodeSelector(
                values(parts, "type", NodeType.class),
                values(parts, "tier", SlaTier.class),
                codes(parts, "node", NodeCode::of),
                Set.copyOf(parts.getOrDefault("region", List.of())));
    }

    private static Map<String, List<String>> split(String text, List<String> keys) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return parts;
        }
        for (String clause : text.split(";")) {
            if (clause.isBlank()) {
                continue;
            }
            int eq = clause.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "'" + clause.strip() + "' needs the form key=value, with a key of " + String.join(", ", keys));
            }
            String key = clause.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown criterion '" + key + "': use " + String.join(", ", keys));
            }
            if (parts.containsKey(key)) {
                throw new IllegalArgumentException("'" + key + "' is given twice; list its values with |");
            }
            List<String> values = Arrays.stream(clause.substring(eq + 1).split("\\|"))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            if (values.isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' has no value");
            }
            parts.put(key, values);
        }
        return parts;
    }

    private static <E extends Enum<E>> Set<E> values(Map<String, List<String>> parts, String key, Class<E> type) {
        Set<E> out = new TreeSet<>();
        for (String v : parts.getOrDefault(key, List.of())) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + v + "' is not a " + key + "; use "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return out;
    }

    private static <T> Set<T> codes(Map<String, List<String>> parts, String key, Function<String, T> make) {
        return parts.getOrDefault(key, List.of()).stream().map(make).collect(Collectors.toUnmodifiableSet());
    }
}
