package dev.microtower.allocation.store;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.FileProblemsException;
import dev.microtower.core.ScenarioId;
import java.nio.file.Path;
import java.util.List;

/**
 * Allocation rules in an {@code allocation-rules.csv} file (docs/file-formats.md), for the rules
 * editor's Import and Export. Declared here and implemented by the import and export package
 * above, so that allocation does not depend on it; the session offers it by this type.
 */
public interface RuleFiles {
    /**
     * The rules in {@code file}, checked as an import of {@code scenario} would check them; nothing
     * is written.
     *
     * @throws FileProblemsException listing what is wrong in the file
     */
    List<AllocationRule> read(Path file, ScenarioId scenario);

    /** Writes {@code rules} to {@code file} in the format {@link #read} reads. */
    void write(Path file, List<AllocationRule> rules);
}
