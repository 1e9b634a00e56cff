package dev.microtower.compare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.compare.SmallNetwork;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare table source by source on a real session and H2 file: the network KPIs arrive in a
 * partial table, the fulfilment rows marked as computing, before the fulfilment replay runs; the
 * final table has every row with its value.
 */
class StagedCompareTest {
    @TempDir
    Path dir;

    @Test
    void theNetworkKpisComeFirstWithTheFulfilmentRowsMarkedComputing() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            ScenarioId copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, "Oakland MFC closed")
                    .id();
            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(
                    copy, nodes.find(copy, SmallNetwork.MFC_OAK).orElseThrow().withStatus(NodeStatus.CLOSED));
            CompareService service = session.get(CompareService.class);
            List<ScenarioId> both = List.of(ScenarioId.BASELINE, copy);
            List<CompareTable> partials = new ArrayList<>();
            List<String> said = new ArrayList<>();
            Progress progress = (done, total, message) -> said.add(message);

            CompareTable full =
                    service.compare(both, ScenarioId.BASELINE, null, partials::add, progress, Cancellation.none());

            assertEquals(1, partials.size(), "one partial table: after the network, before the fulfilment");
            CompareTable early = partials.get(0);
            assertEquals(List.of("Fulfilment"), early.computing());
            CompareTable.Row coverage = row(early, "same-day-coverage-orders");
            assertFalse(coverage.computing());
            assertEquals(50.0, coverage.cells().get(1).value(), 1e-9, "the copy's coverage is in the early table");
            List<CompareTable.Row> waiting =
                    early.rows().stream().filter(CompareTable.Row::computing).toList();
            assertEquals(1, waiting.size(), "never computed before: one row names the source");
            assertEquals("Fulfilment", waiting.get(0).group());
            assertTrue(said.stream().anyMatch(m -> m != null && m.startsWith("Oakland MFC closed: ")), said.toString());

            assertTrue(full.complete());
            assertTrue(full.rows().stream().noneMatch(CompareTable.Row::computing));
            assertTrue(full.rows().stream().anyMatch(r -> r.group().equals("Fulfilment")), "the replay's KPIs are in");
            assertEquals(
                    service.compare(both, ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                            .rows(),
                    full.rows(),
                    "source by source gives the table the one-go comparison gives");

            // next time the fulfilment rows keep their titles while they compute again
            List<CompareTable> again = new ArrayList<>();
            service.compare(both, ScenarioId.BASELINE, full, again::add, Progress.NONE, Cancellation.none());
            List<String> fulfilmentTitles = full.rows().stream()
                    .filter(r -> r.group().equals("Fulfilment"))
                    .map(CompareTable.Row::title)
                    .toList();
            assertEquals(
                    fulfilmentTitles,
                    again.get(0).rows().stream()
                            .filter(CompareTable.Row::computing)
                            .map(CompareTable.Row::title)
                            .toList());
        }
    }

    private static CompareTable.Row row(CompareTable table, String id) {
        return table.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
