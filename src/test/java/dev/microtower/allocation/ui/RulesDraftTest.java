package dev.microtower.allocation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft model alone: no window needed. */
class RulesDraftTest {
    private final AllocationRule fresh = Fixtures.freshRule();
    private final AllocationRule bulky = Fixtures.bulkyRule();
    private final RulesDraft draft = new RulesDraft();

    @Test
    void editsOfOneFieldJoinInOneUndoStepAndOtherEditsStartANewOne() {
        draft.reset(List.of(fresh, bulky));
        draft.edit("MAX:0", 0, l -> set(l, 0, fresh.withEnabled(false)));
        draft.edit("MAX:0", 0, l -> set(l, 0, fresh.withEnabled(false).withPosition(7)));
        draft.edit(null, 1, l -> set(l, 1, bulky.withEnabled(true)));
        assertTrue(draft.dirtyProperty().get());

        draft.undo();
        assertEquals(List.of(fresh.withEnabled(false).withPosition(7), bulky), draft.snapshot());
        draft.undo();
        assertEquals(List.of(fresh, bulky), draft.snapshot());
        assertFalse(draft.dirtyProperty().get());
        assertEquals(-2, draft.undo(), "nothing left to undo in the draft");

        draft.redo();
        draft.redo();
        assertEquals(List.of(fresh.withEnabled(false).withPosition(7), bulky.withEnabled(true)), draft.snapshot());
    }

    @Test
    void typingBackToTheStartLeavesNoUndoStep() {
        draft.reset(List.of(fresh));
        draft.edit("MIN:0", 0, l -> set(l, 0, fresh.withEnabled(false)));
        draft.edit("MIN:0", 0, l -> set(l, 0, fresh));
        assertFalse(draft.canUndoProperty().get());
    }

    @Test
    void storedRulesChangingUnderACleanDraftAreFollowedAndUnderAnEditedDraftKept() {
        draft.reset(List.of(fresh));
        draft.storedChanged(List.of(bulky));
        assertEquals(List.of(bulky), draft.snapshot());

        draft.edit(null, 0, l -> set(l, 0, bulky.withEnabled(true)));
        draft.storedChanged(List.of(fresh));
        assertEquals(List.of(bulky.withEnabled(true)), draft.snapshot());
        assertEquals(List.of(fresh), draft.stored());
    }

    @Test
    void mergingAnImportedFileReplacesByNameAddsNewRulesAndOrdersByPosition() {
        AllocationRule late = fresh.withPosition(500);
        AllocationRule early = bulky.withPosition(5).withEnabled(false);
        List<AllocationRule> merged = RulesEditor.merge(List.of(fresh, bulky), List.of(late, early));
        assertEquals(List.of(early, late), merged);
        assertEquals("x (3)", RulesDraft.freeName(List.of(named("x"), named("x (2)")), "x"));
        assertEquals(
                List.of(10, 20),
                RulesDraft.renumber(List.of(fresh, bulky)).stream()
                        .map(AllocationRule::position)
                        .toList());
    }

    private AllocationRule named(String name) {
        return new AllocationRule(
                name,
                0,
                true,
                fresh.skus(),
                fresh.nodes(),
                fresh.policy(),
                fresh.minDaysCover(),
                fresh.maxDaysCover(),
                fresh.serviceLevel(),
                fresh.maxCapacityShare());
    }

    private static List<AllocationRule> set(List<AllocationRule> list, int i, AllocationRule rule) {
        list.set(i, rule);
        return list;
    }
}
