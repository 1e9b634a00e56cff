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
public final class ListEdit<T> extends StateEdit<List<T>> {
    /** Writes a whole list in place of the stored one. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(List<T> rows) throws Exception;
    }

    private final Writer<T> writer;

    public ListEdit(
            ScenarioId scenario,
            String description,
            Set<DataKind> touches,
            List<T> before,
            List<T> after,
            Writer<T> writer) {
        super(scenario, description, touches, List.copyOf(before), List.copyOf(after));
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    protected void write(List<T> from, List<T> to) throws Exception {
        writer.write(to);
    }
}
