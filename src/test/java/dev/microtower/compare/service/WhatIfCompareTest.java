package dev.microtower.compare.service;

import static dev.microtower.compare.CompareTables.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoOptions;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A what-if edit's compare table, made the fast way (the reference scenario's rows kept from the
 * table before, the edited scenario's replays and bound side by side on the compute lane), is the
 * table a fresh session computes for the same data on one thread, row by row and value by value,
 * on a generated network: nothing kept went stale and sharing out the work changed no figure.
 */
class WhatIfCompareTest {
    @TempDir
    Path dir;

    @Test
    void aWhatIfEditGivesTheTableAFreshSessionComputesOnOneThread() throws Exception {
        Path file = Windows.generatedNetwork(dir, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 45, 120));
        ScenarioId copy;
        CompareTable before;
        CompareTable edited;
        try (OpenSession session = OpenSession.open(file)) {
            copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, "MFC closed")
                    .id();
            CompareService compare = session.get(CompareService.class);
            List<ScenarioId> both = List.of(ScenarioId.BASELINE, copy);
            before = compare.compare(both, ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            NodeRepository nodes = session.get(NodeRepository.class);
            Node mfc = nodes.findAll(copy).stream()
                    .filter(n -> n.type() == NodeType.MICRO_FULFILLMENT_CENTER && n.isStocked())
                    .findFirst()
                    .orElseThrow();
            nodes.save(copy, mfc.withStatus(NodeStatus.CLOSED));
            session.changed(new DataChange(copy, Set.of(DataKind.NETWORK), 1));
            edited = compare.compare(
                    both, ScenarioId.BASELINE, before, partial -> {}, Progress.NONE, Cancellation.none());
        }
        CompareTable fresh;
        try (OpenSession session = OpenSession.open(file, Runnable::run)) {
            fresh = session.get(CompareService.class)
                    .compare(
                            List.of(ScenarioId.BASELINE, copy),
                            ScenarioId.BASELINE,
                            Progress.NONE,
                            Cancellation.none());
        }

        assertTrue(edited.complete());
        assertTrue(edited.rows().size() > 10, edited.rows().toString());
        assertTrue(edited.rows().stream().anyMatch(r -> r.group().equals("Fulfilment")), "the replay's rows are in");
        assertEquals(fresh.rows(), edited.rows());
        assertNotEquals(value(before, "open-storage-capacity"), value(edited, "open-storage-capacity"));
        assertNotEquals(value(before, "fulfilment-cost"), value(edited, "fulfilment-cost"));
    }
}
