package dev.microtower.core.edit;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import java.util.Set;

/**
 * One change a user made to a scenario's data (an edited zone, applied allocation rules, a decision
 * on a suggested transfer), as a command that can make itself and take itself back. It says which
 * scenario and which kinds of data it touches, so the undo history can keep one list per scenario
 * and refuse to take back an edit whose data someone else changed since. Toolkit-free; {@link
 * #apply()} and {@link #revert()} write to the database and run off the FX thread.
 */
public interface EditCommand {
    /** Short words for the menu: "Undo " + description, e.g. "move vertex of zone Z-OAK-1". */
    String description();

    /** The scenario whose data the edit changes. */
    ScenarioId scenario();

    /** The kinds of data the edit changes; never empty. */
    Set<DataKind> touches();

    /** Makes the change: the first time, or again after a {@link #revert()}. */
    void apply() throws Exception;

    /** Puts the data back exactly as it was before {@link #apply()}. */
    void revert() throws Exception;
}
