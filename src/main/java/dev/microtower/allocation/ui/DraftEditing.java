package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * The edits of the rules editor's draft (add, duplicate, delete, move, switch on or off, a field of
 * the form) and the selection that follows them: each edit is one step of the draft's own undo,
 * and the table then selects the row the edit is about and the form shows it.
 */
final class DraftEditing {
    private final RulesDraft draft;
    private final RulesView view;
    /** True while the draft changes: the table drops its selection then, which is no user's choice. */
    private boolean mutating;

    DraftEditing(RulesDraft draft, RulesView view) {
        this.draft = draft;
        this.view = view;
        view.form.setOnEdit(this::formEdited);
        view.table.setOnEnabled((index, on) -> edit(index, list -> {
            list.set(index, list.get(index).withEnabled(on));
            return list;
        }));
        view.table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!mutating) {
                draft.seal();
                showSelected();
            }
        });
        view.add.setOnAction(e -> addRule());
        view.duplicate.setOnAction(e -> duplicateRule());
        view.delete.setOnAction(e -> deleteRule());
        view.up.setOnAction(e -> move(-1));
        view.down.setOnAction(e -> move(1));
        view.revert.setOnAction(e -> edit(-1, list -> new ArrayList<>(draft.stored())));
    }

    int selected() {
        return view.table.getSelectionModel().getSelectedIndex();
    }

    /** Changes the draft as one undo step, then selects row {@code select} (or keeps the selection when negative). */
    void edit(int select, UnaryOperator<List<AllocationRule>> change) {
        int selected = selected();
        mutate(() -> {
            draft.edit(null, selected, change);
            return select >= 0 ? select : selected;
        });
    }

    /** Changes the draft, then selects the row {@code change} returns and shows it in the form. */
    void mutate(IntSupplier change) {
        mutating = true;
        try {
            int select = change.getAsInt();
            if (select >= 0 && select < draft.rules().size()) {
                view.table.getSelectionModel().clearAndSelect(select);
                view.table.scrollTo(select);
            } else {
                view.table.getSelectionModel().clearSelection();
            }
        } finally {
            mutating = false;
        }
        showSelected();
    }

    /** Upsert by name, then position order (then name), as the database returns rules. */
    static List<AllocationRule> merge(List<AllocationRule> draftRules, List<AllocationRule> imported) {
        List<AllocationRule> out = new ArrayList<>(draftRules);
        for (AllocationRule rule : imported) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(rule.name())) {
                    at = i;
                }
            }
            if (at >= 0) {
                out.set(at, rule);
            } else {
                out.add(rule);
            }
        }
        out.sort(Comparator.comparingInt(AllocationRule::position).thenComparing(AllocationRule::name));
        return out;
    }

    private void formEdited(RuleForm.Field field, AllocationRule rule) {
        int index = selected();
        if (index < 0) {
            return;
        }
        // consecutive edits of one field of one rule (typing) are one undo step
        mutate(() -> {
            draft.edit(field.name() + ":" + index, index, list -> {
                list.set(index, rule);
                return list;
            });
            return index;
        });
    }

    private void showSelected() {
        int index = selected();
        AllocationRule rule =
                index >= 0 && index < draft.rules().size() ? draft.rules().get(index) : null;
        if (rule != null && rule.equals(view.form.shown())) {
            return; // the form made this rule: leave the fields as typed
        }
        List<AllocationRule> others = new ArrayList<>(draft.rules());
        if (rule != null) {
            others.remove(index);
        }
        view.form.show(rule, others);
    }

    private void addRule() {
        int at = selected() + 1;
        int index = at <= 0 ? draft.rules().size() : at;
        edit(index, list -> {
            AllocationRule rule = new AllocationRule(
                    RulesDraft.freeName(list, "New rule"),
                    0,
                    true,
                    SkuSelector.ANY,
                    NodeSelector.ANY,
                    StockingPolicy.MICRO_FULFIL,
                    null,
                    null,
                    null,
                    null);
            list.add(index, rule);
            return RulesDraft.renumber(list);
        });
    }

    private void duplicateRule() {
        int index = selected();
        if (index < 0) {
            return;
        }
        edit(index + 1, list -> {
            AllocationRule r = list.get(index);
            list.add(
                    index + 1,
                    new AllocationRule(
                            RulesDraft.freeName(list, r.name() + " (copy)"),
                            r.position(),
                            r.enabled(),
                            r.skus(),
                            r.nodes(),
                            r.policy(),
                            r.minDaysCover(),
                            r.maxDaysCover(),
                            r.serviceLevel(),
                            r.maxCapacityShare()));
            return RulesDraft.renumber(list);
        });
    }

    private void deleteRule() {
        int index = selected();
        if (index < 0) {
            return;
        }
        edit(Math.min(index, draft.rules().size() - 2), list -> {
            list.remove(index);
            return RulesDraft.renumber(list);
        });
    }

    private void move(int by) {
        int index = selected();
        int to = index + by;
        if (index < 0 || to < 0 || to >= draft.rules().size()) {
            return;
        }
        edit(to, list -> {
            AllocationRule r = list.remove(index);
            list.add(to, r);
            return RulesDraft.renumber(list);
        });
    }
}
