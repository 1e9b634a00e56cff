package dev.microtower.allocation.store;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.InputRejected;
import dev.microtower.core.ScenarioId;
import java.nio.file.Path;
import java.util.List;

/**
 * Allocation rules to and from allocation-rules.csv, for the rules editor's draft. The import
 * package, above allocation, implements it; the editor finds it with {@code
 * session.get(RuleFiles.class)}.
 */
public interface RuleFiles {
    /**
     * Reads a rules file as an import would, writing nothing; codes are checked against {@code
     * scenario}.
     *
     * @throws InputRejected listing every problem
     */
    List<AllocationRule> read(Path file, ScenarioId scenario);

    /** Writes {@code rules} as allocation-rules.csv. */
    void write(Path file, List<AllocationRule> rules);
}
