package dev.microtower.core.edit;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import java.util.Objects;
import java.util.Set;

/**
 * An edit held as the state of what it touched before and after it (a site, the zones a generate
 * replaced, a scenario's list of demand changes): applying writes the state after over the state
 * before, reverting writes the state before over the state after, each in one transaction of the
 * subclass's {@link #write}. Toolkit-free.
 *
 * @param <T> the state: a record, a list of records, or null where there was none (a site added)
 */
public abstract class StateEdit<T> implements EditCommand {
    private final ScenarioId scenario;
    private final String description;
    private final Set<DataKind> touches;
    private final T before;
    private final T after;

    protected StateEdit(ScenarioId scenario, String description, Set<DataKind> touches, T before, T after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.description = Objects.requireNonNull(description);
        this.touches = Set.copyOf(touches);
        if (this.touches.isEmpty()) {
            throw new IllegalArgumentException("an edit touches some kind of data");
        }
        this.before = before;
        this.after = after;
    }

    /** Replaces the state {@code from} in the database by {@code to}. */
    protected abstract void write(T from, T to) throws Exception;

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ScenarioId scenario() {
        return scenario;
    }

    @Override
    public final Set<DataKind> touches() {
        return touches;
    }

    @Override
    public final void apply() throws Exception {
        write(before, after);
    }

    @Override
    public final void revert() throws Exception {
        write(after, before);
    }

    protected final T before() {
        return before;
    }

    protected final T after() {
        return after;
    }
}
