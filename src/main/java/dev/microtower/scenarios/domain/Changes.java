package dev.microtower.scenarios.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How one kind of row differs between two scenarios, by key (a site's code, a rule's name): the
 * keys only the second scenario has, the keys only the first has, and the keys both have with
 * different values. Each list is sorted by key.
 *
 * @param <K> the key that names a row within a scenario
 */
public record Changes<K extends Comparable<? super K>>(List<K> added, List<K> removed, List<K> changed) {
    public Changes {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Compares the rows of {@code before} and {@code after}, matched by {@code key}. */
    public static <K extends Comparable<? super K>, V> Changes<K> between(
            Collection<V> before, Collection<V> after, Function<V, K> key) {
        Map<K, V> old = byKey(before, key);
        Map<K, V> now = byKey(after, key);
        List<K> added = new ArrayList<>();
        List<K> changed = new ArrayList<>();
        now.forEach((k, v) -> {
            if (!old.containsKey(k)) {
                added.add(k);
            } else if (!Objects.equals(old.get(k), v)) {
                changed.add(k);
            }
        });
        List<K> removed = new ArrayList<>();
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(removed::add);
        return new Changes<>(added, removed, changed);
    }

    private static <K extends Comparable<? super K>, V> Map<K, V> byKey(Collection<V> rows, Function<V, K> key) {
        Map<K, V> map = new TreeMap<>();
        for (V row : rows) {
            map.put(key.apply(row), row);
        }
        return map;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** How many rows differ. */
    public int size() {
        return added.size() + removed.size() + changed.size();
    }
}
