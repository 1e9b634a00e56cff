package dev.microtower.compare.ui;

import dev.microtower.compare.engine.CompareTable;
import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.WindowLook;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.ui.demand.DemandChangesModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;

/**
 * Pictures of scenarios and comparing them on a copy of the demo, for the README: {@code DB
 * OUT_DIR}. Makes a copy with the Richmond DC closed and the Walnut Creek MFC moved, switches the
 * window to it and writes {@code scenarios.png} (the switcher, the Scenarios tab with what changed,
 * the rings on the map); then a copy with the San Jose Downtown MFC closed and a demand change (×1.3
 * in one of its neighbour's delivery zones), switches to it, and writes {@code demand-changes.png}
 * (the Demand panel) and {@code compare.png} (the compare table against the baseline and the risk
 * scan with each site planned again without it). Writes to DB: run it on a copy. See {@link
 * WindowLook} for how to run it.
 */
public final class ScenariosLook {
    private static final NodeCode DC = NodeCode.of("DC-RIC");
    private static final NodeCode MOVED = NodeCode.of("MFC-WC");
    private static final NodeCode CLOSED = NodeCode.of("MFC-SJC-DT");

    private ScenariosLook() {}

    public static void main(String[] args) {
        WindowLook.launch(args, ScenariosLook::scenarios);
    }

    private static void scenarios(WindowLook look) {
        MainWindow window = look.window();
        var session = window.session().orElseThrow();
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        NodeRepository nodes = session.get(NodeRepository.class);
        Scenario copy = copy(scenarios, "Richmond DC closes, Walnut Creek MFC moves");
        nodes.save(copy.id(), nodes.find(copy.id(), DC).orElseThrow().withStatus(NodeStatus.CLOSED));
        Node moved = nodes.find(copy.id(), MOVED).orElseThrow();
        nodes.save(
                copy.id(),
                moved.withLocation(new GeoPoint(
                        moved.location().lat() - 0.03, moved.location().lon() + 0.04)));
        window.changes().publish(copy.id(), Set.of(DataKind.NETWORK));
        window.switchScenario(copy.id());
        window.showSidePanel("scenarios-tab");
        window.module(NetworkModule.class).zoomToNetwork();
        look.poll(
                () -> !differences(look).getItems().isEmpty(),
                () -> look.later(5, () -> {
                    look.write(look.out().resolve("scenarios.png"));
                    demandAndCompare(look);
                }));
    }

    private static void demandAndCompare(WindowLook look) {
        MainWindow window = look.window();
        var session = window.session().orElseThrow();
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        Scenario copy = copy(scenarios, "San Jose Downtown MFC closes");
        NodeRepository nodes = session.get(NodeRepository.class);
        nodes.save(copy.id(), nodes.find(copy.id(), CLOSED).orElseThrow().withStatus(NodeStatus.CLOSED));
        var zone = session.get(ZoneRepository.class).findAll(copy.id()).stream()
                .filter(z -> z.node().value().startsWith("DS-SJC"))
                .findFirst()
                .orElseThrow();
        scenarios.replaceMultipliers(
                copy.id(),
                List.of(new DemandMultiplier(
                        null,
                        null,
                        1.3,
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 31),
                        "December promotion in Willow Glen",
                        null,
                        zone.code(),
                        null)));
        window.changes().publish(copy.id(), Set.of(DataKind.NETWORK, DataKind.DEMAND_MULTIPLIERS));
        window.switchScenario(copy.id());
        window.showSidePanel(DemandChangesModule.PANEL);
        // close enough to read the change's dashed district and its factor
        window.map().show(new GeoPoint(37.30, -121.90), 12);
        look.later(8, () -> {
            look.write(look.out().resolve("demand-changes.png"));
            CompareModule compare = window.module(CompareModule.class);
            compare.controller().reloadScenarios();
            window.showSidePanel(CompareModule.PANEL);
            // the baseline and this copy only (the panel keeps the picks it had: the first copy)
            look.poll(() -> compare.model().scenarios.stream().anyMatch(s -> s.id().equals(copy.id())), () -> {
                compare.model().chosen.setAll(List.of(ScenarioId.BASELINE, copy.id()));
                compare.model().reference.set(ScenarioId.BASELINE);
            });
            look.poll(
                    () -> compare.model().table.get() != null
                            && compare.model().table.get().complete()
                            && compare.model().table.get().scenarios().stream()
                                    .map(CompareTable.Column::id)
                                    .toList()
                                    .equals(List.of(ScenarioId.BASELINE, copy.id())),
                    () -> {
                        compare.controller().riskScan();
                        look.poll(() -> !compare.model().scanning.get(), () -> {
                            compare.panel().risks().getSelectionModel().select(0);
                            // the side panel scrolled down to the risk scan, as a presenter would show it
                            for (javafx.scene.Node n = compare.panel().root(); n != null; n = n.getParent()) {
                                if (n instanceof ScrollPane scroll) {
                                    scroll.setVvalue(scroll.getVmax());
                                    break;
                                }
                            }
                            look.later(4, () -> {
                                look.write(look.out().resolve("compare.png"));
                                look.finish();
                            });
                        });
                    });
        });
    }

    private static Scenario copy(ScenarioRepository scenarios, String name) {
        return scenarios.findByName(name).orElseGet(() -> scenarios.copy(ScenarioId.BASELINE, name));
    }

    private static ListView<?> differences(WindowLook look) {
        return (ListView<?>) look.stage().getScene().lookup("#scenario-differences");
    }
}
