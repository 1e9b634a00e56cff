package dev.microtower.core.edit;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An edit of a list a scenario keeps whole (its demand changes, a DC's vendor supply per
 * category), as the list before and after: applying writes the list after, reverting the list
 * before, each through {@code writer} in one transaction of the store's. Toolkit-free.
 *
 * @param <T> the rows of the list
 */
public final class ListEdit<T> implements EditCommand {
    /** Writes a whole list in place of the stored one. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(List<T> rows) throws Exception;
    }

    private final ScenarioId scenario;
    private final String description;
    private final Set<DataKind> touches;
    private final List<T> before;
    private final List<T> after;
    private final Writer<T> writer;

    public ListEdit(
            ScenarioId scenario,
            String description,
            Set<DataKind> touches,
            List<T> before,
            List<T> after,
            Writer<T> writer) {
        this.scenario = Objects.requireNonNull(scenario);
        this.description = Objects.requireNonNull(description);
        this.touches = Set.copyOf(touches);
        if (this.touches.isEmpty()) {
            throw new IllegalArgumentException("an edit touches some kind of data");
        }
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return touches;
    }

    @Override
    public void apply() throws Exception {
        writer.write(after);
    }

    @Override
    public void revert() throws Exception {
        writer.write(before);
    }
}
