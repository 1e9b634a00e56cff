package dev.microtower.scenarios.domain;

import dev.microtower.core.NodeCode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing a scenario holds differently from another, as a planner reads it: what it is ("site",
 * "stock", "zone", "rule", "demand change"), its code, what happened to it ("added", "removed",
 * "moved", "closed", "changed") and, for a change, each field with its old and new value. {@code
 * site} is the site to show on the map for it, or {@code null} when it has none (a rule).
 */
public record Difference(String entity, String code, String verb, List<FieldChange> fields, NodeCode site) {
    public Difference {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verb, "verb");
        fields = List.copyOf(fields);
    }

    /** One field of a changed row, its values as words. */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String toString() {
            return field + " " + before + " → " + after;
        }
    }

    /** The line the command line prints and the panel lists, e.g. "site MFC-3 closed: status active → closed". */
    @Override
    public String toString() {
        String head = entity + " " + code + " " + verb;
        return fields.isEmpty()
                ? head
                : head + ": " + fields.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
    }
}
