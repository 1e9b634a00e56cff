package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The allocation rules of an import, read with {@link RuleFormat} and saved by name. */
final class RuleImport extends TableImport {
    RuleImport(ImportRun run) {
        super(run);
    }

    void rules(TableReader reader) {
        List<AllocationRule> parsed = parseRules(reader);
        Tally tally = run.tally(Layouts.RULES);
        if (!run.writing()) {
            return;
        }
        Map<String, AllocationRule> existing = new HashMap<>();
        JooqRuleRepository.findAll(dsl, scenario).forEach(r -> existing.put(r.name(), r));
        for (AllocationRule rule : parsed) {
            AllocationRule before = existing.get(rule.name());
            if (rule.equals(before)) {
                tally.unchanged++;
                continue;
            }
            JooqRuleRepository.save(dsl, scenario, rule);
            if (before == null) {
                tally.added++;
            } else {
                tally.updated++;
            }
        }
    }

    /** Reads and checks the rows of a rules file without writing; problems are collected. */
    List<AllocationRule> parseRules(TableReader reader) {
        Layout l = Layouts.RULES;
        Cells cells = Cells.open(reader, l, problems);
        List<String> absent = cells.absentOptional();
        Map<String, AllocationRule> stored = new HashMap<>();
        if (!absent.isEmpty()) {
            JooqRuleRepository.findAll(dsl, scenario).forEach(r -> stored.put(r.name(), r));
        }
        Map<String, Long> seen = new HashMap<>();
        List<AllocationRule> parsed = new ArrayList<>();
        Map<String, Long> nodes = run.nodeIds();
        Map<String, Long> skus = run.skuIds();
        long rows = 0;
        while (cells.next()) {
            run.tick(reader, ++rows, "reading allocation rules");
            AllocationRule rule = RuleFormat.read(
                    cells,
                    nodes,
                    skus,
                    name -> run.firstTime(seen, name, cells, l.column("name"), "rule '" + name + "'"));
            if (rule != null && !absent.isEmpty()) {
                // a column the file does not have keeps the stored value of a rule already stored
                try {
                    rule = RuleFormat.keepAbsent(rule, stored.get(rule.name()), absent);
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage() + " (with the stored values of the columns not in the file)");
                    rule = null;
                }
            }
            if (rule != null) {
                parsed.add(rule);
            }
        }
        if (!absent.isEmpty() && rows > 0) {
            run.noteAbsent(reader, absent, "rules");
        }
        run.finished(reader);
        return parsed;
    }
}
