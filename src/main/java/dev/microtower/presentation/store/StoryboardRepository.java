package dev.microtower.presentation.store;

import dev.microtower.presentation.domain.Storyboard;
import java.util.List;
import java.util.Optional;

/** The storyboards of a database, by name. Every call is one transaction and blocks. */
public interface StoryboardRepository {
    /** Every storyboard's name, in alphabetical order. */
    List<String> names();

    Optional<Storyboard> find(String name);

    /** Stores {@code storyboard}, replacing the views of one of the same name (one transaction). */
    void save(Storyboard storyboard);

    /**
     * Renames the storyboard {@code from}.
     *
     * @throws IllegalArgumentException when another storyboard is called {@code to} or none {@code from}
     */
    void rename(String from, String to);

    /** Deletes the storyboard and its views; false when there was none of that name. */
    boolean delete(String name);
}
